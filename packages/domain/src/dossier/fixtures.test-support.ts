import type { AccountRow } from '../account-list/account-row';
import type { BirthPrefix, ServiceCatalogueEntry } from '../reference';
import type { DossierContent, System } from './content';

/** A complete, submittable dossier as of 2026-11-28, shared by the completeness and diff tests. */
export const TODAY = '2026-11-28';

export const birthPrefixes: BirthPrefix[] = [
  { prefix: '040', name: 'Nghệ An', successorProvinceCode: '40' },
  { prefix: '042', name: 'Hà Tĩnh', successorProvinceCode: '42' },
];

export const serviceCatalogue: ServiceCatalogueEntry[] = [
  { code: 'XAC_THUC_THONG_TIN', name: 'Xác thực thông tin công dân', active: true },
  { code: 'TRA_CUU_THONG_TIN', name: 'Tra cứu thông tin công dân', active: true },
  { code: 'XAC_DINH_SO_DINH_DANH', name: 'Xác định số định danh cá nhân từ số CMND 9 số', active: true },
  { code: 'TRA_CUU_CU_TRU', name: 'Tra cứu thông tin cư trú', active: false },
];

export const account = (i: number, over: Partial<AccountRow> = {}): AccountRow => ({
  rowNumber: i + 2,
  fullName: 'Lương Thị Hạnh',
  personalId: `040195${String(1_000_000 + i).slice(1)}`,
  dateOfBirth: '1995-02-14',
  sex: 'FEMALE',
  position: 'Chuyên viên',
  workUnit: 'Bộ phận Một cửa',
  phone: '+84356123456',
  email: 'hanh.lt@nghean.gov.vn',
  username: `user${i}`,
  services: ['TRA_CUU_THONG_TIN'],
  ...over,
});

export const system = (): System => ({
  name: 'Hệ thống thông tin giải quyết TTHC tỉnh Nghệ An',
  purpose: 'Giải quyết thủ tục hành chính',
  host: 'dichvucong.nghean.gov.vn',
  operator: 'Sở Khoa học và Công nghệ Nghệ An',
  securityLevel: 3,
  securityLevelDecision: { numberAndSymbol: '1234/QĐ-UBND', issuedOn: '2024-05-02' },
  connectionChannel: 'LGSP',
});

export const completeContent = (): DossierContent => ({
  serviceRegistration: {
    lines: [
      {
        serviceCode: 'TRA_CUU_THONG_TIN',
        procedures: [
          { code: '1.001234', name: 'Đăng ký khai sinh' },
          { code: 'CCCD-006', name: 'Cấp quyền khai thác' },
        ],
        purpose: 'Tra cứu thông tin công dân khi giải quyết TTHC',
        legalBasis: 'Quyết định 06/QĐ-TTg',
        volumePerDay: 500,
        peakPerSecond: 5,
      },
      {
        serviceCode: 'XAC_THUC_THONG_TIN',
        procedures: [{ code: '2.000123', name: 'Chứng thực bản sao' }],
        purpose: 'Xác thực thông tin',
        legalBasis: 'Nghị định 47/2020/NĐ-CP',
        volumePerDay: 100,
        peakPerSecond: 1,
      },
    ],
  },
  orgCommitment: {
    document: {
      numberAndSymbol: '15/CK-SKHCN',
      issuedOn: '2026-10-01',
      issuer: 'Sở Khoa học và Công nghệ Nghệ An',
      signer: 'Nguyễn Văn Bình',
      signerPosition: 'Giám đốc',
      fileId: 'file-commitment',
    },
  },
  securityConfirmation: {
    survey: {
      informationTypes: ['Thông tin công dân'],
      systemType: 'Hệ thống một cửa điện tử',
      securityLevel: 3,
      securityLevelApproval: { numberAndSymbol: '1234/QĐ-UBND', issuedOn: '2024-05-02' },
      hosting: 'GOVERNMENT_CLOUD',
      network: { firewall: true, ips: true, waf: true },
      malwareProtection: true,
      logging: { enabled: true, retentionMonths: 12 },
      monitoringSoc: true,
      lastVulnerabilityTest: { kind: 'PENTEST', on: '2026-06-01' },
      backup: { enabled: true, tested: true },
      securityOfficer: { name: 'Trần Văn Cường', position: 'Trưởng phòng', email: 'cuong.tv@nghean.gov.vn', phone: '0912000333' },
    },
    confirmation: {
      document: {
        numberAndSymbol: '321/A05-P3',
        issuedOn: '2026-09-15',
        issuer: 'Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao',
        signer: 'Lê Văn Dũng',
        signerPosition: 'Phó Cục trưởng',
        fileId: 'file-confirmation',
      },
      result: 'PASSED',
      validUntil: null,
    },
  },
  accounts: [account(0), account(1, { services: ['TRA_CUU_THONG_TIN', 'XAC_THUC_THONG_TIN'] })],
});

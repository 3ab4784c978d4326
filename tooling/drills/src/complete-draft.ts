import type { Driver } from './http-driver.ts';
import { minimalPdf } from './minimal-pdf.ts';

/** Codes registered in the drafts' part 3; account rows ask for the first. */
export const DRAFT_SERVICES = ['TRA_CUU_THONG_TIN', 'XAC_THUC_THONG_TIN'] as const;

/**
 * A new system and its draft dossier with parts 1, 3 and 4 filled in (the account list, part 2,
 * comes from an import), created over HTTP by the unit's submitter as the app does.
 */
export async function createCompleteDraft(api: Driver, systemName: string): Promise<{ dossierId: string }> {
  const system = await api.command<{ id: string }>('submitter.systems.create', {
    system: {
      name: systemName,
      purpose: 'Giải quyết thủ tục hành chính trực tuyến, xác thực thông tin công dân khi tiếp nhận hồ sơ.',
      host: 'dichvucong.demo.gov.vn',
      operator: 'Trung tâm Chuyển đổi số',
      securityLevel: 3,
      securityLevelDecision: { numberAndSymbol: '125/QĐ-STTTT', issuedOn: '2024-05-10' },
      connectionChannel: 'LGSP',
    },
  });
  const draft = await api.command<{ dossierId: string }>('submitter.dossiers.create', { systemId: system.id });
  const { dossierId } = draft;
  const target = async () => ({ dossierId, expectedRevision: (await api.read<{ revision: number }>('dossier.get', { dossierId })).revision });
  await api.command('submitter.dossiers.saveServiceRegistration', {
    ...(await target()),
    serviceRegistration: {
      lines: [
        { serviceCode: DRAFT_SERVICES[1], procedures: [{ code: '1.001234', name: 'Cấp giấy phép hoạt động khám bệnh, chữa bệnh' }], purpose: 'Xác thực người nộp hồ sơ', legalBasis: 'Nghị định 47/2020/NĐ-CP', volumePerDay: 500, peakPerSecond: 5 },
        { serviceCode: DRAFT_SERVICES[0], procedures: [{ code: '1.004567', name: 'Đăng ký hành nghề' }], purpose: 'Tra cứu thông tin công dân khi giải quyết hồ sơ', legalBasis: 'Nghị định 47/2020/NĐ-CP', volumePerDay: 200, peakPerSecond: 2 },
      ],
    },
  }, dossierId);
  const pdf = (title: string) => Buffer.from(minimalPdf(title)).toString('base64');
  const commitment = await api.command<{ id: string }>('submitter.documents.upload', { kind: 'ORG_COMMITMENT', fileName: 'ban-cam-ket.pdf', contentBase64: pdf('Ban cam ket') }, dossierId);
  await api.command('submitter.dossiers.saveOrgCommitment', {
    ...(await target()),
    orgCommitment: { document: { numberAndSymbol: '45/CK-SYT', issuedOn: '2026-10-01', issuer: 'Thủ trưởng đơn vị chủ quản', signer: 'Nguyễn Văn Hùng', signerPosition: 'Giám đốc', fileId: commitment.id } },
  }, dossierId);
  const confirmation = await api.command<{ id: string }>('submitter.documents.upload', { kind: 'SECURITY_CONFIRMATION', fileName: 'xac-nhan-a05.pdf', contentBase64: pdf('Xac nhan A05') }, dossierId);
  await api.command('submitter.dossiers.saveSecurityConfirmation', {
    ...(await target()),
    securityConfirmation: {
      survey: {
        informationTypes: ['Thông tin cá nhân cơ bản', 'Thông tin hồ sơ thủ tục hành chính'],
        systemType: 'Hệ thống thông tin giải quyết thủ tục hành chính',
        securityLevel: 3,
        securityLevelApproval: { numberAndSymbol: '125/QĐ-STTTT', issuedOn: '2024-05-10' },
        hosting: 'GOVERNMENT_CLOUD',
        network: { firewall: true, ips: true, waf: true },
        malwareProtection: true,
        logging: { enabled: true, retentionMonths: 12 },
        monitoringSoc: true,
        lastVulnerabilityTest: { kind: 'PENTEST', on: '2026-08-15' },
        backup: { enabled: true, tested: true },
        securityOfficer: { name: 'Trần Văn Bình', position: 'Trưởng phòng Công nghệ thông tin', email: 'binh.tv@demo.gov.vn', phone: '0912345678' },
      },
      confirmation: {
        document: { numberAndSymbol: '1234/A05-P3', issuedOn: '2026-09-20', issuer: 'Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao', signer: 'Lê Văn Cường', signerPosition: 'Phó Cục trưởng', fileId: confirmation.id },
        result: 'PASSED',
        validUntil: '2028-09-20',
      },
    },
  }, dossierId);
  return { dossierId };
}

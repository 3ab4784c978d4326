import type { CommitmentInput } from './commitment.ts';
import type { ReceiptInput } from './receipt.ts';
import type { SupplementRequestInput } from './supplement-request.ts';

/** Inputs as the API builds them for the demo's Nghệ An unit. */
export const PC06_NGHE_AN = 'Phòng Cảnh sát QLHC về TTXH (PC06) – Công an tỉnh Nghệ An';

export const commitmentInput = (over: Partial<CommitmentInput> = {}): CommitmentInput => ({
  unit: { name: 'Sở Y tế tỉnh Nghệ An', superior: 'UBND tỉnh Nghệ An' },
  place: 'Nghệ An',
  year: 2026,
  system: {
    name: 'Hệ thống quản lý hành nghề y dược Nghệ An',
    purpose: 'Giải quyết thủ tục hành chính trực tuyến, xác thực thông tin công dân khi tiếp nhận hồ sơ.',
    host: 'dichvucong.nghean.gov.vn',
    securityLevel: 3,
    securityLevelDecision: { numberAndSymbol: '125/QĐ-STTTT', issuedOn: '2024-05-10' },
    channel: 'LGSP',
  },
  services: [
    { code: 'XAC_THUC_THONG_TIN', name: 'Xác thực thông tin công dân' },
    { code: 'TRA_CUU_THONG_TIN', name: 'Tra cứu thông tin công dân' },
  ],
  accountCount: 1234,
  signer: { name: 'Nguyễn Văn Hùng', position: 'Giám đốc' },
  route: { kind: 'PROVINCIAL', pc06: PC06_NGHE_AN },
  dossierCode: 'KN-2026-000012',
  printedAt: '2026-11-25T02:00:00.000Z',
  ...over,
});

export const receiptInput = (over: Partial<ReceiptInput> = {}): ReceiptInput => ({
  receiver: { superior: 'Công an tỉnh Nghệ An', name: 'Phòng Cảnh sát QLHC về TTXH' },
  receivedBy: PC06_NGHE_AN,
  place: 'Nghệ An',
  dossierCode: 'KN-2026-000012',
  unitName: 'Sở Y tế tỉnh Nghệ An',
  systemName: 'Hệ thống quản lý hành nghề y dược Nghệ An',
  receivedAt: '2026-11-25T02:05:00.000Z',
  version: 1,
  stage: { kind: 'PROVINCIAL', dueOn: '2026-11-30', workingDays: 3 },
  parts: {
    orgCommitment: { numberAndSymbol: '45/CK-SYT', issuedOn: '2026-10-01' },
    accountCount: 1234,
    services: [
      { code: 'XAC_THUC_THONG_TIN', name: 'Xác thực thông tin công dân' },
      { code: 'TRA_CUU_THONG_TIN', name: 'Tra cứu thông tin công dân' },
    ],
    securityConfirmation: { numberAndSymbol: '1234/A05-P3', issuedOn: '2026-09-20', validUntil: '2028-09-20' },
  },
  printedAt: '2026-11-25T03:00:00.000Z',
  ...over,
});

export const supplementRequestInput = (over: Partial<SupplementRequestInput> = {}): SupplementRequestInput => ({
  reviewer: { superior: 'Công an tỉnh Nghệ An', name: 'Phòng Cảnh sát QLHC về TTXH' },
  reviewerLine: PC06_NGHE_AN,
  place: 'Nghệ An',
  dossierCode: 'KN-2026-000013',
  unitName: 'Sở Y tế tỉnh Nghệ An',
  systemName: 'Phần mềm một cửa điện tử Sở Y tế Nghệ An',
  version: 1,
  returnedAt: '2026-11-26T08:30:00.000Z',
  deficiencies: [
    { part: 'ACCOUNT_LIST', rows: [3, 5, 6, 7, 9], reason: 'Chức vụ của người ở dòng 3 chưa khớp với quyết định phân công.' },
    { part: 'ORG_COMMITMENT', reason: 'Bản cam kết chưa có dấu của đơn vị.' },
  ],
  printedAt: '2026-11-26T09:00:00.000Z',
  ...over,
});

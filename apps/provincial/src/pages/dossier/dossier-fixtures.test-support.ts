import { reviewDossierServer } from '@ketnoi/review/testing';
import type { Answer } from '../../test-support.tsx';

export const ME = '00000000-0000-4000-8000-0000000000aa';
export const COLLEAGUE = '00000000-0000-4000-8000-0000000000cc';
export const DOSSIER_ID = '00000000-0000-4000-8000-000000000101';

const document = (numberAndSymbol: string, fileId: string) => ({
  numberAndSymbol,
  issuedOn: '2026-10-05',
  issuer: 'Sở Y tế tỉnh Nghệ An',
  signer: 'Nguyễn Văn Hùng',
  signerPosition: 'Giám đốc',
  fileId,
});

/** A Nghệ An dossier in PC06 review, version 2, held by the signed-in officer. */
export const DOSSIER = {
  id: DOSSIER_ID,
  code: 'HS-2026-000101',
  status: 'PROVINCIAL_REVIEW',
  route: 'PROVINCIAL',
  queueProvinceCode: '40',
  filedProvinceCode: '40',
  version: 2,
  revision: 9,
  stageKind: 'PROVINCIAL',
  stageDueOn: '2026-12-02',
  submittedAt: '2026-11-27T02:00:00.000Z',
  updatedAt: '2026-11-27T02:00:00.000Z',
  createdAt: '2026-11-20T02:00:00.000Z',
  amendsDossierId: null,
  ownerUnitId: '00000000-0000-4000-8000-0000000000b1',
  ownerUnitName: 'Sở Y tế tỉnh Nghệ An',
  systemId: '00000000-0000-4000-8000-0000000000c1',
  systemName: 'Hệ thống quản lý hành nghề y dược Nghệ An',
  holderName: 'Hoàng Văn Nam',
  holderUserId: ME,
  deadline: { kind: 'ON_TIME', remaining: 3 },
  allowedCommands: ['RELEASE', 'RETURN', 'FORWARD'],
  editableVersion: null,
  deficiencies: null,
  lastOpinion: null,
  approval: null,
  connection: null,
  serviceRegistration: {
    lines: [{ serviceCode: 'TRA_CUU_THONG_TIN', procedures: [{ code: '1.004567', name: 'Đăng ký hành nghề' }], purpose: 'Tra cứu thông tin công dân', legalBasis: 'Nghị định 47/2020/NĐ-CP', volumePerDay: 1500, peakPerSecond: 2 }],
  },
  orgCommitment: { document: document('45/CK-SYT', 'f-commitment') },
  securityConfirmation: {
    survey: null,
    confirmation: { document: document('1234/A05-P3', 'f-confirmation'), result: 'PASSED', validUntil: '2028-09-20' },
  },
  accountCount: 2,
};

export const ACCOUNTS = {
  total: 2,
  previousVersion: 1,
  items: [
    { rowNumber: 2, fullName: 'Lương Thị Hạnh', personalId: '040******321', dateOfBirth: '1995-02-14', sex: 'FEMALE', position: 'Chuyên viên', workUnit: 'Bộ phận Một cửa', phone: '+8435*****456', email: 'hanhlt@demo.gov.vn', username: 'hanhlt', services: ['TRA_CUU_THONG_TIN'], changedSinceVersion: false, listedElsewhere: 2 },
    { rowNumber: 3, fullName: 'Tạ Quang Huy', personalId: '040******322', dateOfBirth: '1987-11-30', sex: 'MALE', position: 'Phó Trưởng phòng', workUnit: 'Bộ phận Một cửa', phone: '+8490*****222', email: 'huytq@demo.gov.vn', username: 'huytq', services: ['TRA_CUU_THONG_TIN'], changedSinceVersion: true, listedElsewhere: 0 },
  ],
};

export const DIFF = {
  accounts: { added: [], removed: [], changed: [{ personalIdMasked: '040******322', rowNumber: 3, fields: ['position'] }] },
  services: { added: [], removed: [], changed: [] },
  documents: [],
  survey: false,
};

export const TIMELINE = [
  { seq: 1, type: 'CREATED', actorRole: 'SUBMITTER', actorUnitName: 'Sở Y tế tỉnh Nghệ An', occurredAt: '2026-11-20T02:00:00.000Z', details: {} },
  { seq: 2, type: 'SUBMITTED', actorRole: 'SUBMITTER', actorUnitName: 'Sở Y tế tỉnh Nghệ An', occurredAt: '2026-11-21T02:00:00.000Z', details: { stage: { kind: 'PROVINCIAL', dueOn: '2026-11-26' } } },
  { seq: 3, type: 'RETURNED', actorRole: 'PROVINCIAL_REVIEWER', actorUnitName: 'PC06 Công an tỉnh Nghệ An', occurredAt: '2026-11-24T02:00:00.000Z', details: { deficiencies: [{ part: 'ACCOUNT_LIST', rows: [3], reason: 'Chức vụ dòng 3 chưa đúng.' }] } },
  { seq: 4, type: 'RESUBMITTED', actorRole: 'SUBMITTER', actorUnitName: 'Sở Y tế tỉnh Nghệ An', occurredAt: '2026-11-27T02:00:00.000Z', details: { version: 2, stage: { kind: 'PROVINCIAL', dueOn: '2026-12-02' } } },
];

/** A server answering the review screen's reads from `dossier` (mutable by the test); `override` answers first; PC06's commands succeed. */
export const dossierServer = (dossier: { current: Record<string, unknown> } = { current: DOSSIER }, override?: (path: string, input: unknown) => Answer | undefined) =>
  reviewDossierServer({
    dossier,
    reads: {
      'dossier.accounts': ACCOUNTS,
      'dossier.diff': DIFF,
      'dossier.timeline': TIMELINE,
      'reference.services': [{ code: 'TRA_CUU_THONG_TIN', name: 'Tra cứu thông tin công dân', active: true }],
    },
    commands: ['provincial.return', 'provincial.forward', 'provincial.claim', 'provincial.release'],
    ...(override ? { override } : {}),
  });

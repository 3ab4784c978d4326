import { reviewDossierServer } from '@ketnoi/review/testing';
import type { Answer } from '../../test-support.tsx';

export const ME = '00000000-0000-4000-8000-0000000000aa';
export const DOSSIER_ID = '00000000-0000-4000-8000-000000000202';

const document = (numberAndSymbol: string, fileId: string) => ({
  numberAndSymbol,
  issuedOn: '2026-10-05',
  issuer: 'Văn phòng Ủy ban nhân dân Thành phố Hà Nội',
  signer: 'Nguyễn Văn Hùng',
  signerPosition: 'Chánh Văn phòng',
  fileId,
});

/** A Hà Nội dossier forwarded by PC06 with its opinion, in C06 review, held by the signed-in officer. */
export const DOSSIER = {
  id: DOSSIER_ID,
  code: 'HS-2026-000202',
  status: 'NATIONAL_REVIEW',
  route: 'PROVINCIAL',
  queueProvinceCode: '01',
  filedProvinceCode: '01',
  version: 1,
  revision: 6,
  stageKind: 'NATIONAL',
  stageDueOn: '2026-12-02',
  submittedAt: '2026-11-20T02:00:00.000Z',
  updatedAt: '2026-11-25T02:00:00.000Z',
  createdAt: '2026-11-19T02:00:00.000Z',
  amendsDossierId: null,
  ownerUnitId: '00000000-0000-4000-8000-0000000000b2',
  ownerUnitName: 'Văn phòng Ủy ban nhân dân Thành phố Hà Nội',
  systemId: '00000000-0000-4000-8000-0000000000c2',
  systemName: 'Hệ thống quản lý cư trú phục vụ an sinh xã hội Hà Nội',
  holderName: 'Ngô Đức Anh',
  holderUserId: ME,
  deadline: { kind: 'ON_TIME', remaining: 5 },
  allowedCommands: ['RELEASE', 'RETURN', 'REJECT', 'APPROVE'],
  editableVersion: null,
  deficiencies: null,
  lastOpinion: { checklist: { ORG_COMMITMENT: 'OK', ACCOUNT_LIST: 'OK', SERVICE_REGISTRATION: 'OK', SECURITY_CONFIRMATION: 'NOT_OK' }, recommendation: 'APPROVE', note: 'Đủ điều kiện; lưu ý thời hạn văn bản A05.' },
  approval: null,
  connection: null,
  suspension: null,
  securityValidUntil: '2028-09-20',
  securityExpiry: null,
  serviceRegistration: {
    lines: [{ serviceCode: 'TRA_CUU_THONG_TIN', procedures: [{ code: '1.004567', name: 'Đăng ký thường trú' }], purpose: 'Tra cứu thông tin công dân', legalBasis: 'Nghị định 47/2020/NĐ-CP', volumePerDay: 1500, peakPerSecond: 2 }],
  },
  orgCommitment: { document: document('45/CK-VP', 'f-commitment') },
  securityConfirmation: {
    survey: null,
    confirmation: { document: document('1234/A05-P3', 'f-confirmation'), result: 'PASSED', validUntil: '2028-09-20' },
  },
  accountCount: 1,
};

/** The same system connected since 2026-11-24; its A05 confirmation expired on 2026-11-01. */
export const CONNECTED = {
  ...DOSSIER,
  status: 'CONNECTED',
  revision: 9,
  stageKind: null,
  stageDueOn: null,
  deadline: null,
  holderName: null,
  holderUserId: null,
  allowedCommands: ['SUSPEND', 'REVOKE'],
  approval: { decision: { numberAndSymbol: '2210/C06-TTDLDC', issuedOn: '2026-11-23' }, approvedAt: '2026-11-23T02:00:00.000Z', approvedBy: ME },
  connection: { connectedOn: '2026-11-24', channel: 'NDXP', technicalReference: 'NDXP-HN-0412' },
  securityValidUntil: '2026-11-01',
  securityExpiry: 'EXPIRED',
};

/** Approved on 2026-11-23, waiting for its connection to be recorded. */
export const APPROVED = { ...CONNECTED, status: 'APPROVED', revision: 8, allowedCommands: ['RECORD_CONNECTION'], connection: null, securityValidUntil: '2028-09-20', securityExpiry: null };

const ACCOUNTS = {
  total: 1,
  previousVersion: null,
  items: [{ rowNumber: 2, fullName: 'Lương Thị Hạnh', personalId: '001******321', dateOfBirth: '1995-02-14', sex: 'FEMALE', position: 'Chuyên viên', workUnit: 'Bộ phận Một cửa', phone: '+8435*****456', email: 'hanhlt@demo.gov.vn', username: 'hanhlt', services: ['TRA_CUU_THONG_TIN'], changedSinceVersion: false, listedElsewhere: 0 }],
};

const TIMELINE = [
  { seq: 1, type: 'CREATED', actorRole: 'SUBMITTER', actorUnitName: 'Văn phòng Ủy ban nhân dân Thành phố Hà Nội', occurredAt: '2026-11-19T02:00:00.000Z', details: {} },
  { seq: 2, type: 'SUBMITTED', actorRole: 'SUBMITTER', actorUnitName: 'Văn phòng Ủy ban nhân dân Thành phố Hà Nội', occurredAt: '2026-11-20T02:00:00.000Z', details: { stage: { kind: 'PROVINCIAL', dueOn: '2026-11-25' } } },
];

export const COMMANDS = ['national.claim', 'national.release', 'national.return', 'national.reject', 'national.approve', 'national.recordConnection', 'national.suspend', 'national.resume', 'national.revoke'];

/** A server answering the dossier screen's reads from `dossier` (mutable by the test); `override` answers first; commands succeed. */
export const dossierServer = (dossier: { current: Record<string, unknown> } = { current: DOSSIER }, override?: (path: string, input: unknown) => Answer | undefined) =>
  reviewDossierServer({
    dossier,
    reads: {
      'dossier.accounts': ACCOUNTS,
      'dossier.timeline': TIMELINE,
      'reference.services': [{ code: 'TRA_CUU_THONG_TIN', name: 'Tra cứu thông tin công dân', active: true }],
      'reference.provinces': [{ code: '01', name: 'Thành phố Hà Nội', validFrom: '2025-07-01', validTo: null, successorCode: null }],
    },
    commands: COMMANDS,
    ...(override ? { override } : {}),
  });

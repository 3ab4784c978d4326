import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { createUser, type Database } from '@ketnoi/db';
import { appRouter } from '../routers/app.ts';
import { createCallerFactory } from '../trpc.ts';
import { hashPassword } from '../auth/password.ts';
import type { SessionUser } from '../context.ts';
import { localDate } from '@ketnoi/domain';
import { minimalPdf } from './demo-pdf.ts';
import demoAccounts from './demo-accounts.ts';

/**
 * The demo set: users for every role, units in two provinces and a central body, systems and
 * dossiers in several states — all created through the real API, so the demo history (events,
 * audit chain) is exactly what real use produces. Idempotent: does nothing if the demo exists.
 */
export const DEMO_LOGINS = {
  password: 'KetNoi@2026-demo',
  users: [
    { username: 'boyte.canbo', description: 'Cán bộ Bộ Y tế — lập hồ sơ (trung ương, gửi thẳng C06)' },
    { username: 'nghean.canbo', description: 'Cán bộ Sở Y tế tỉnh Nghệ An — lập hồ sơ (địa phương)' },
    { username: 'hanoi.canbo', description: 'Cán bộ Văn phòng UBND TP Hà Nội — lập hồ sơ (địa phương)' },
    { username: 'pc06.nghean', description: 'Cán bộ PC06 Công an tỉnh Nghệ An — tiếp nhận, thẩm định' },
    { username: 'pc06.hanoi', description: 'Cán bộ PC06 Công an TP Hà Nội — tiếp nhận, thẩm định' },
    { username: 'c06.thamdinh', description: 'Cán bộ C06 — thẩm định, phê duyệt, ghi nhận kết nối' },
    { username: 'c06.quantri', description: 'Quản trị viên C06 — đơn vị, người dùng, danh mục' },
  ],
} as const;

type Db = Kysely<Database>;

export async function seedDemo(db: Db, now: () => Date): Promise<boolean> {
  const existing = await db.selectFrom('users').select('id').where('username', '=', DEMO_LOGINS.users[0].username).executeTakeFirst();
  if (existing) return false;

  const unitId = async (where: { kind: 'OWNER' | 'PC06' | 'C06'; name?: string; province?: string }) => {
    let q = db.selectFrom('units').select('id').where('kind', '=', where.kind);
    if (where.name) q = q.where('name', '=', where.name);
    if (where.province) q = q.where('province_code', '=', where.province);
    return (await q.executeTakeFirstOrThrow()).id;
  };
  const ownerUnit = async (name: string, province: string, head: string) =>
    (await db.insertInto('units').values({ kind: 'OWNER', level: 'LOCAL', province_code: province, name, parent_body: `UBND ${province === '01' ? 'Thành phố Hà Nội' : 'Tỉnh Nghệ An'}`, head_name: head, head_title: 'Giám đốc' }).returning('id').executeTakeFirstOrThrow()).id;

  const units = {
    boYTe: await unitId({ kind: 'OWNER', name: 'Bộ Y tế' }),
    soYTeNgheAn: await ownerUnit('Sở Y tế tỉnh Nghệ An', '40', 'Nguyễn Văn Hùng'),
    vpHaNoi: await ownerUnit('Văn phòng Ủy ban nhân dân Thành phố Hà Nội', '01', 'Trần Thị Mai'),
    pc06NgheAn: await unitId({ kind: 'PC06', province: '40' }),
    pc06HaNoi: await unitId({ kind: 'PC06', province: '01' }),
    c06: await unitId({ kind: 'C06' }),
  };
  const passwordHash = await hashPassword(DEMO_LOGINS.password);
  const people: Record<string, { name: string; role: SessionUser['role']; unit: string }> = {
    'boyte.canbo': { name: 'Phạm Minh Đức', role: 'SUBMITTER', unit: units.boYTe },
    'nghean.canbo': { name: 'Lê Thị Hương', role: 'SUBMITTER', unit: units.soYTeNgheAn },
    'hanoi.canbo': { name: 'Đỗ Quang Vinh', role: 'SUBMITTER', unit: units.vpHaNoi },
    'pc06.nghean': { name: 'Hoàng Văn Nam', role: 'PROVINCIAL_REVIEWER', unit: units.pc06NgheAn },
    'pc06.hanoi': { name: 'Vũ Thị Thu', role: 'PROVINCIAL_REVIEWER', unit: units.pc06HaNoi },
    'c06.thamdinh': { name: 'Ngô Đức Anh', role: 'NATIONAL_REVIEWER', unit: units.c06 },
    'c06.quantri': { name: 'Bùi Thị Lan', role: 'NATIONAL_ADMIN', unit: units.c06 },
  };
  const sessionUsers: Record<string, SessionUser> = {};
  for (const [username, p] of Object.entries(people)) {
    const user = await createUser(db, { username, displayName: p.name, passwordHash, role: p.role, unitId: p.unit, email: `${username.replace('.', '-')}@demo.gov.vn` });
    const unit = await db.selectFrom('units').select(['name', 'province_code']).where('id', '=', p.unit).executeTakeFirstOrThrow();
    sessionUsers[username] = { userId: user.id, username, displayName: p.name, role: p.role, unitId: p.unit, unitName: unit.name, provinceCode: unit.province_code };
  }

  const as = (username: string) => callerAs(db, now, sessionUsers[username]!);
  // Decisions and connections are dated the day they are recorded (the domain refuses future dates).
  const today = localDate(now().toISOString());

  const prepare = (submitter: string, systemName: string, prefix: string, submit: boolean) => prepareCompleteDossier(as(submitter), { systemName, birthPrefix: prefix, submit });

  const step = async (reviewer: string, d: Awaited<ReturnType<typeof prepare>>, action: (api: ReturnType<typeof as>, t: { dossierId: string; expectedRevision: number; idempotencyKey: string }) => Promise<{ revision: number }>) => {
    const outcome = await action(as(reviewer), { dossierId: d.id, expectedRevision: d.revision(), idempotencyKey: randomUUID() });
    d.setRevision(outcome.revision);
  };

  // Nghệ An: a draft, one waiting at PC06, one returned, one connected.
  await prepare('nghean.canbo', 'Cổng dịch vụ công ngành Y tế Nghệ An', '040', false);
  await prepare('nghean.canbo', 'Hệ thống quản lý hành nghề y dược Nghệ An', '040', true);
  const returned = await prepare('nghean.canbo', 'Phần mềm một cửa điện tử Sở Y tế Nghệ An', '040', true);
  await step('pc06.nghean', returned, (api, t) => api.provincial.claim(t));
  await step('pc06.nghean', returned, (api, t) =>
    api.provincial.return({ ...t, deficiencies: [{ part: 'ACCOUNT_LIST', rows: [3], reason: 'Chức vụ của người ở dòng 3 chưa khớp với quyết định phân công.' }, { part: 'ORG_COMMITMENT', reason: 'Bản cam kết chưa có dấu của đơn vị.' }] }),
  );
  const connected = await prepare('nghean.canbo', 'Hệ thống thông tin khám chữa bệnh Nghệ An', '040', true);
  await step('pc06.nghean', connected, (api, t) => api.provincial.claim(t));
  await step('pc06.nghean', connected, (api, t) => api.provincial.forward({ ...t, opinion: { checklist: { ORG_COMMITMENT: 'OK', ACCOUNT_LIST: 'OK', SERVICE_REGISTRATION: 'OK', SECURITY_CONFIRMATION: 'OK' }, recommendation: 'APPROVE', note: 'Hồ sơ đầy đủ, đề nghị C06 xem xét kết nối chính thức.' } }));
  await step('c06.thamdinh', connected, (api, t) => api.national.claim(t));
  await step('c06.thamdinh', connected, (api, t) => api.national.approve({ ...t, decision: { numberAndSymbol: '2210/C06-TTDLDC', issuedOn: today } }));
  await step('c06.thamdinh', connected, (api, t) => api.national.recordConnection({ ...t, connectedOn: today, channel: 'LGSP', technicalReference: 'LGSP-NA-0042' }));

  // Hà Nội: one claimed at PC06, one forwarded to C06.
  const claimed = await prepare('hanoi.canbo', 'Hệ thống thông tin giải quyết TTHC Thành phố Hà Nội', '001', true);
  await step('pc06.hanoi', claimed, (api, t) => api.provincial.claim(t));
  const forwarded = await prepare('hanoi.canbo', 'Hệ thống quản lý cư trú phục vụ an sinh xã hội Hà Nội', '001', true);
  await step('pc06.hanoi', forwarded, (api, t) => api.provincial.claim(t));
  await step('pc06.hanoi', forwarded, (api, t) => api.provincial.forward({ ...t, opinion: { checklist: { ORG_COMMITMENT: 'OK', ACCOUNT_LIST: 'OK', SERVICE_REGISTRATION: 'OK', SECURITY_CONFIRMATION: 'OK' }, recommendation: 'APPROVE', note: 'Đủ điều kiện.' } }));

  // Bộ Y tế (central): one at C06, one approved.
  await prepare('boyte.canbo', 'Hệ thống cơ sở dữ liệu quốc gia về y tế', '001', true);
  const approved = await prepare('boyte.canbo', 'Hệ thống giám định bảo hiểm y tế', '001', true);
  await step('c06.thamdinh', approved, (api, t) => api.national.claim(t));
  await step('c06.thamdinh', approved, (api, t) => api.national.approve({ ...t, decision: { numberAndSymbol: '2305/C06-TTDLDC', issuedOn: today } }));
  return true;
}

const createCaller = createCallerFactory(appRouter);
export type Caller = ReturnType<typeof createCaller>;

/** A caller of the real router as the given user (demo seed, tests, tooling). */
export function callerAs(db: Db, now: () => Date, user: SessionUser): Caller {
  return createCaller({
    db,
    now,
    session: { user, signIn: async () => {}, signOut: async () => {} },
    requestId: `internal-${randomUUID()}`,
    clientAddress: '127.0.0.1',
    idempotencyKey: null,
  });
}

/** A complete dossier (all four parts, five accounts) for a new system of the caller's unit; optionally submitted. */
export async function prepareCompleteDossier(api: Caller, opts: { systemName: string; birthPrefix: string; submit: boolean }) {
  const key = () => randomUUID();
  const system = await api.submitter.systems.create({
    idempotencyKey: key(),
    system: {
      name: opts.systemName,
      purpose: 'Giải quyết thủ tục hành chính trực tuyến, xác thực thông tin công dân khi tiếp nhận hồ sơ.',
      host: 'dichvucong.demo.gov.vn',
      operator: 'Trung tâm Chuyển đổi số',
      securityLevel: 3,
      securityLevelDecision: { numberAndSymbol: '125/QĐ-STTTT', issuedOn: '2024-05-10' },
      connectionChannel: 'LGSP',
    },
  });
  const draft = await api.submitter.dossiers.create({ idempotencyKey: key(), systemId: system.id });
  let revision = draft.revision;
  const target = () => ({ dossierId: draft.dossierId, expectedRevision: revision, idempotencyKey: key() });
  await api.submitter.dossiers.saveServiceRegistration({
    ...target(),
    serviceRegistration: {
      lines: [
        { serviceCode: 'XAC_THUC_THONG_TIN', procedures: [{ code: '1.001234', name: 'Cấp giấy phép hoạt động khám bệnh, chữa bệnh' }], purpose: 'Xác thực người nộp hồ sơ', legalBasis: 'Nghị định 47/2020/NĐ-CP; Quyết định 06/QĐ-TTg', volumePerDay: 500, peakPerSecond: 5 },
        { serviceCode: 'TRA_CUU_THONG_TIN', procedures: [{ code: '1.004567', name: 'Đăng ký hành nghề' }], purpose: 'Tra cứu thông tin công dân khi giải quyết hồ sơ', legalBasis: 'Nghị định 47/2020/NĐ-CP', volumePerDay: 200, peakPerSecond: 2 },
      ],
    },
  });
  const pdf = (title: string) => Buffer.from(minimalPdf(title)).toString('base64');
  const commitment = await api.submitter.documents.upload({ idempotencyKey: key(), kind: 'ORG_COMMITMENT', fileName: 'ban-cam-ket.pdf', contentBase64: pdf('Ban cam ket') });
  await api.submitter.dossiers.saveOrgCommitment({
    ...target(),
    orgCommitment: { document: { numberAndSymbol: '45/CK-SYT', issuedOn: '2026-10-01', issuer: 'Thủ trưởng đơn vị chủ quản', signer: 'Nguyễn Văn Hùng', signerPosition: 'Giám đốc', fileId: commitment.id } },
  });
  const confirmation = await api.submitter.documents.upload({ idempotencyKey: key(), kind: 'SECURITY_CONFIRMATION', fileName: 'xac-nhan-a05.pdf', contentBase64: pdf('Xac nhan A05') });
  await api.submitter.dossiers.saveSecurityConfirmation({
    ...target(),
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
  });
  await api.submitter.dossiers.replaceAccounts({ ...target(), rows: demoAccounts(opts.birthPrefix) });
  if (opts.submit) {
    const submitted = await api.submitter.dossiers.submit(target());
    revision = submitted.revision;
  }
  return { id: draft.dossierId, revision: () => revision, setRevision: (r: number) => (revision = r) };
}

import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '@ketnoi/db/testing';
import { flat, pdfText } from '@ketnoi/printouts/testing';
import demoAccounts from '../demo/demo-accounts.ts';
import { openWorld, type DemoUsername, type World } from '../testing/world.ts';
import { commitmentPrintout, receiptPrintout, supplementRequestPrintout } from './printouts.ts';

const DRAFT = 'Cổng dịch vụ công ngành Y tế Nghệ An';
const AT_PC06 = 'Hệ thống quản lý hành nghề y dược Nghệ An';
const RETURNED = 'Phần mềm một cửa điện tử Sở Y tế Nghệ An';
const CENTRAL_AT_C06 = 'Hệ thống cơ sở dữ liệu quốc gia về y tế';
const PC06_NGHE_AN = 'Phòng Cảnh sát QLHC về TTXH (PC06) – Công an tỉnh Nghệ An';
const C06 = 'Cục Cảnh sát quản lý hành chính về trật tự xã hội (C06) – Bộ Công an';

const PRINTOUTS = { commitment: commitmentPrintout, receipt: receiptPrintout, 'supplement-request': supplementRequestPrintout } as const;
type Kind = keyof typeof PRINTOUTS;

describe.each(testDatabases())('printouts on %s', (kind) => {
  let w: World;
  beforeAll(async () => {
    w = await openWorld(kind);
  });
  afterAll(async () => {
    await w?.close();
  });

  /** Prints as the user; returns the printout (or null), its text and the audit rows the call wrote. */
  async function printAs(which: Kind, username: DemoUsername | null, dossierId: string) {
    const requestId = `test-${randomUUID()}`;
    const printout = await PRINTOUTS[which](w.db, username ? w.users[username] : null, dossierId, w.now(), requestId);
    const audit = await w.db.selectFrom('audit_log').select(['action', 'outcome', 'target_type', 'target_id', 'actor_user_id']).where('request_id', '=', requestId).execute();
    const text = printout ? flat((await pdfText(printout.bytes)).text) : null;
    return { printout, text, audit };
  }

  it('gives the unit its commitment pre-filled from the draft, addressed to C06 and its PC06, with one OK audit row', async () => {
    const d = await w.dossierOf(DRAFT);
    const code = (await w.db.selectFrom('dossiers').select('code').where('id', '=', d.id).executeTakeFirstOrThrow()).code;
    const { printout, text, audit } = await printAs('commitment', 'nghean.canbo', d.id);
    expect(printout!.fileName).toBe(`cam-ket-${code}.pdf`);
    expect(Buffer.from(printout!.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(text).toContain('UBND TỈNH NGHỆ AN SỞ Y TẾ TỈNH NGHỆ AN');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Số: ……/CK-SYT');
    expect(text).toContain('Nghệ An, ngày …… tháng …… năm 2026');
    expect(text).toContain(`1. Tên hệ thống thông tin: ${DRAFT}`);
    expect(text).toContain('cấp độ 3 theo Nghị định số 85/2016/NĐ-CP, đã được phê duyệt tại văn bản số 125/QĐ-STTTT ngày 10/05/2024');
    expect(text).toContain('- Xác thực thông tin công dân (XAC_THUC_THONG_TIN);');
    expect(text).toContain(`5 tài khoản của cán bộ, công chức, viên chức được Đơn vị phân công (kèm theo hồ sơ đăng ký kết nối mã ${code})`);
    expect(text).toContain(`Kính gửi: - ${C06}; - ${PC06_NGHE_AN}.`);
    expect(text).toContain('GIÁM ĐỐC (Ký, ghi rõ họ tên và đóng dấu) Nguyễn Văn Hùng');
    expect(audit).toEqual([{ action: 'printout.commitment', outcome: 'OK', target_type: 'dossier', target_id: d.id, actor_user_id: w.users['nghean.canbo'].userId }]);
  });

  it('prints a central unit\'s commitment dated in Hà Nội and addressed to C06 only, the head left blank', async () => {
    const d = await w.dossierOf(CENTRAL_AT_C06);
    const { text } = await printAs('commitment', 'boyte.canbo', d.id);
    expect(text).toContain('BỘ Y TẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Số: ……/CK-BYT');
    expect(text).toContain('Hà Nội, ngày …… tháng …… năm 2026');
    expect(text).toContain(`Kính gửi: ${C06}.`);
    expect(text).toContain('THỦ TRƯỞNG ĐƠN VỊ (Ký, ghi rõ họ tên và đóng dấu)');
    expect(text).not.toContain('PC06');
  });

  it('refuses the commitment to reviewers, other units, no session and malformed ids, each with a REFUSED audit row', async () => {
    const d = await w.dossierOf(AT_PC06);
    for (const [who, id] of [['pc06.nghean', d.id], ['c06.thamdinh', d.id], ['hanoi.canbo', d.id], ['boyte.canbo', d.id], [null, d.id], ['nghean.canbo', 'not-a-uuid'], ['nghean.canbo', randomUUID()]] as const) {
      const { printout, audit } = await printAs('commitment', who, id);
      expect(printout, `${who} ${id}`).toBeNull();
      expect(audit).toEqual([{ action: 'printout.commitment', outcome: 'REFUSED', target_type: 'dossier', target_id: id, actor_user_id: who ? w.users[who].userId : null }]);
    }
  });

  it('gives a receipt of the submission to the unit and to its PC06, with the time in Vietnam, the PC06 deadline and the parts received', async () => {
    const d = await w.dossierOf(AT_PC06);
    for (const who of ['nghean.canbo', 'pc06.nghean'] as const) {
      const { printout, text, audit } = await printAs('receipt', who, d.id);
      expect(printout!.fileName).toMatch(/^phieu-tiep-nhan-KN-\d{4}-\d+\.pdf$/);
      expect(text).toContain('CÔNG AN TỈNH NGHỆ AN PHÒNG CẢNH SÁT QLHC VỀ TTXH');
      expect(text).toContain('PHIẾU TIẾP NHẬN HỒ SƠ');
      expect(text).toContain('Nghệ An, ngày 25 tháng 11 năm 2026');
      expect(text).toContain('Đơn vị chủ quản: Sở Y tế tỉnh Nghệ An');
      expect(text).toContain(`Hệ thống thông tin: ${AT_PC06}`);
      // The demo clock: Wednesday 25/11/2026 02:00 UTC, 09:00 in Hà Nội; three working days end on Monday.
      expect(text).toContain('Thời điểm tiếp nhận: 25/11/2026 09:00');
      expect(text).toContain(`Cơ quan tiếp nhận: ${PC06_NGHE_AN}`);
      expect(text).toContain('Thời hạn thẩm định: 3 ngày làm việc, đến hết ngày 30/11/2026');
      expect(text).toContain('Số 45/CK-SYT ngày 01/10/2026');
      expect(text).toContain('5 tài khoản');
      expect(text).toContain('2 dịch vụ: Xác thực thông tin công dân; Tra cứu thông tin công dân');
      expect(text).toContain('Số 1234/A05-P3 ngày 20/09/2026, hiệu lực đến 20/09/2028');
      expect(audit).toMatchObject([{ action: 'printout.receipt', outcome: 'OK', target_id: d.id }]);
    }
  });

  it('names C06 as receiver of a central dossier, with its five working days', async () => {
    const d = await w.dossierOf(CENTRAL_AT_C06);
    for (const who of ['boyte.canbo', 'c06.thamdinh'] as const) {
      const { text } = await printAs('receipt', who, d.id);
      expect(text).toContain('BỘ CÔNG AN CỤC CẢNH SÁT QUẢN LÝ HÀNH CHÍNH VỀ TRẬT TỰ XÃ HỘI (C06)');
      expect(text).toContain(`Cơ quan tiếp nhận: ${C06}`);
      expect(text).toContain('Hà Nội, ngày 25 tháng 11 năm 2026');
      expect(text).toContain('5 ngày làm việc, đến hết ngày 02/12/2026');
    }
  });

  it('has no receipt before submission, and none outside the jurisdiction', async () => {
    const draft = await w.dossierOf(DRAFT);
    const atPc06 = await w.dossierOf(AT_PC06);
    const cases = [
      ['nghean.canbo', draft.id],
      ['hanoi.canbo', atPc06.id],
      ['pc06.hanoi', atPc06.id],
      // C06 sees a local dossier only once PC06 forwarded it.
      ['c06.thamdinh', atPc06.id],
      ['c06.quantri', atPc06.id],
      [null, atPc06.id],
    ] as const;
    for (const [who, id] of cases) {
      const { printout, audit } = await printAs('receipt', who, id);
      expect(printout, `${who}`).toBeNull();
      expect(audit).toMatchObject([{ action: 'printout.receipt', outcome: 'REFUSED', target_id: id }]);
    }
  });

  it('prints the request for supplements of a return for the unit and its PC06, deficiencies in the parts\' order', async () => {
    const d = await w.dossierOf(RETURNED);
    for (const who of ['nghean.canbo', 'pc06.nghean'] as const) {
      const { printout, text, audit } = await printAs('supplement-request', who, d.id);
      expect(printout!.fileName).toMatch(/^yeu-cau-bo-sung-KN-\d{4}-\d+\.pdf$/);
      expect(text).toContain('CÔNG AN TỈNH NGHỆ AN PHÒNG CẢNH SÁT QLHC VỀ TTXH');
      expect(text).toContain('PHIẾU YÊU CẦU BỔ SUNG HỒ SƠ');
      expect(text).toContain('Kính gửi: Sở Y tế tỉnh Nghệ An.');
      expect(text).toContain(`(phiên bản 1) của hệ thống thông tin “${RETURNED}”, ${PC06_NGHE_AN} đề nghị`);
      expect(text).toContain('Bản cam kết chưa có dấu của đơn vị.');
      expect(text).toContain('Chức vụ của người ở dòng 3 chưa khớp với quyết định phân công.');
      expect(text!.indexOf('Bản cam kết chưa có dấu')).toBeLessThan(text!.indexOf('Chức vụ của người ở dòng 3'));
      expect(audit).toMatchObject([{ action: 'printout.supplement-request', outcome: 'OK', target_id: d.id }]);
    }
    const never = await w.dossierOf(AT_PC06);
    expect((await printAs('supplement-request', 'nghean.canbo', never.id)).printout).toBeNull();
    expect((await printAs('supplement-request', 'pc06.hanoi', d.id)).printout).toBeNull();
    expect((await printAs('supplement-request', 'hanoi.canbo', d.id)).printout).toBeNull();
  });

  it('after a resubmission, receipts the new version and keeps the request for the version that was returned', async () => {
    const d = await w.dossierOf(RETURNED);
    const unit = w.as('nghean.canbo');
    const key = () => randomUUID();
    // The unit answers the return in version 2 (four people), then resubmits on Friday 27/11/2026 at 15:30.
    await unit.submitter.dossiers.replaceAccounts({ dossierId: d.id, expectedRevision: d.revision, idempotencyKey: key(), rows: demoAccounts('040').slice(0, 4) });
    // The commitment follows the version the unit is working on.
    expect((await printAs('commitment', 'nghean.canbo', d.id)).text).toContain('4 tài khoản của cán bộ');
    const before = w.now();
    w.setNow(new Date('2026-11-27T08:30:00.000Z'));
    try {
      await unit.submitter.dossiers.resubmit({ dossierId: d.id, expectedRevision: d.revision, idempotencyKey: key() });
      const receipt = await printAs('receipt', 'pc06.nghean', d.id);
      expect(receipt.text).toContain('phiên bản 2 (nộp lại sau khi bổ sung theo yêu cầu)');
      expect(receipt.text).toContain('Thời điểm tiếp nhận: 27/11/2026 15:30');
      expect(receipt.text).toContain('Nghệ An, ngày 27 tháng 11 năm 2026');
      expect(receipt.text).toContain('4 tài khoản');
      // Friday + 3 working days = Wednesday 02/12/2026 (the clock restarts on resubmission).
      expect(receipt.text).toContain('3 ngày làm việc, đến hết ngày 02/12/2026');
      const request = await printAs('supplement-request', 'nghean.canbo', d.id);
      expect(request.text).toContain('(phiên bản 1)');
      expect(request.text).toContain('Nghệ An, ngày 25 tháng 11 năm 2026');
    } finally {
      w.setNow(before);
    }
  });
});

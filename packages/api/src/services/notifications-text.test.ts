import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DOSSIER_PARTS, type DossierEvent } from '@ketnoi/domain';
import {
  escalationText,
  overdueText,
  recertificationText,
  redactPersonalNumbers,
  reminderText,
  securityWarningText,
  transitionText,
  type DossierFacts,
} from './notifications-text.ts';

/**
 * Property (issue 6): whatever people write in a reason or a system name, no ID number (12 digits,
 * or the old 9) and no phone number (0…, +84…, grouped or not) reaches a notification's text.
 */
const personalId = fc
  .tuple(fc.constantFrom('001', '040', '079', '096'), fc.constantFrom('0', '1', '2', '3'), fc.stringMatching(/^\d{2}$/), fc.stringMatching(/^\d{6}$/))
  .map(([p, c, y, r]) => `${p}${c}${y}${r}`);
const oldId = fc.stringMatching(/^\d{9}$/);
const phone = fc
  .tuple(fc.constantFrom('0', '+84', '84', '+84 '), fc.constantFrom('3', '5', '7', '8', '9'), fc.stringMatching(/^\d{8}$/), fc.constantFrom('', ' ', '.', '-'))
  .map(([lead, first, rest, sep]) => `${lead}${first}${rest.slice(0, 2)}${sep}${rest.slice(2, 5)}${sep}${rest.slice(5)}`);
const secret = fc.oneof(personalId, oldId, phone);
const words = fc.array(fc.constantFrom('Dòng', 'số', 'định danh', 'điện thoại', 'của', 'ông', 'bà', 'sai', 'ngày 20/09/2026', 'dòng 3, 4', 'KN-2026-000123', ':', '(', ')', '—'), { maxLength: 6 }).map((w) => w.join(' '));
const reasonWith = (s: string) => fc.tuple(words, words).map(([a, b]) => `${a} ${s} ${b}`.trim());
const digitsOnly = (s: string) => s.replace(/\D/g, '');
const core = (s: string) => digitsOnly(s).replace(/^84/, '').replace(/^0/, '');

const facts = (systemName: string): DossierFacts => ({ code: 'KN-2026-000123', systemName, unitName: 'Sở Y tế tỉnh Nghệ An', provinceName: 'Tỉnh Nghệ An' });
const actor = { userId: 'u1', role: 'PROVINCIAL_REVIEWER' as const, unitId: 'x', provinceCode: '40' };
const at = '2026-11-25T02:00:00Z';

describe('notification texts', () => {
  it('hide every ID or phone number written in reasons and system names, for every kind', () => {
    fc.assert(
      fc.property(secret, fc.constantFrom(...DOSSIER_PARTS), (s, part) => {
        const reason = `Số ${s} không hợp lệ.`;
        const f = facts(`Hệ thống ${s}`);
        const events: DossierEvent[] = [
          { type: 'RETURNED', at, actor, deficiencies: [{ part, reason }], pausedStage: null },
          { type: 'REJECTED', at, actor: { ...actor, role: 'NATIONAL_REVIEWER', provinceCode: null }, reason },
          { type: 'SUSPENDED', at, actor: { ...actor, role: 'NATIONAL_REVIEWER', provinceCode: null }, reason },
          { type: 'REVOKED', at, actor: { ...actor, role: 'NATIONAL_REVIEWER', provinceCode: null }, reason },
          { type: 'SUBMITTED', at, actor, routing: { route: 'NATIONAL' }, stage: { kind: 'NATIONAL', startedAt: at, dueOn: '2026-12-02' } } as DossierEvent,
        ];
        const texts = [
          ...events.flatMap((e) => [transitionText(e, f, 'UNIT'), transitionText(e, f, 'REVIEWER')]),
          reminderText(f, 'PROVINCIAL', '2026-11-30'),
          overdueText(f, 'NATIONAL', '2026-11-30'),
          escalationText(f, '2026-11-30'),
          securityWarningText(f, '2028-09-20'),
          recertificationText(f, '2028-09-20'),
        ];
        for (const t of texts) expect(digitsOnly(`${t.title} ${t.body}`)).not.toContain(core(s));
      }),
      { numRuns: 300 },
    );
  });

  it('keep the rest of a reason word for word', () => {
    fc.assert(
      fc.property(secret.chain(reasonWith), (reason) => {
        const redacted = redactPersonalNumbers(reason);
        expect(redacted.split('[số đã ẩn]').join('')).toBe(reason.replace(/(KN-\d{4}-\d{6,})|\+?\d(?:[ .-]?\d){8,}/g, (m, code?: string) => code ?? ''));
        expect(redacted).toContain('[số đã ẩn]');
      }),
    );
    // Dates, row numbers, dossier codes and document numbers are not personal numbers.
    for (const kept of ['ngày 20/09/2026', 'dòng 3, 4, 5', 'KN-2026-000123', '1234/A05-P3', 'quyết định 125/QĐ-STTTT']) expect(redactPersonalNumbers(kept)).toBe(kept);
  });

  it('carry the deficiencies of a return with their parts and rows, and the reason of a rejection', () => {
    const t = transitionText(
      { type: 'RETURNED', at, actor, deficiencies: [{ part: 'ACCOUNT_LIST', rows: [3, 7], reason: 'Chức vụ chưa khớp.' }, { part: 'ORG_COMMITMENT', reason: 'Thiếu dấu.' }], pausedStage: null },
      facts('Cổng dịch vụ công'),
      'UNIT',
    );
    expect(t.title).toBe('Hồ sơ KN-2026-000123 được trả lại để bổ sung');
    expect(t.body).toBe(
      [
        'PC06 Tỉnh Nghệ An đã trả lại hồ sơ KN-2026-000123 của Sở Y tế tỉnh Nghệ An (hệ thống «Cổng dịch vụ công») để bổ sung các nội dung sau:',
        '- Danh sách tài khoản, dòng 3, 7: Chức vụ chưa khớp.',
        '- Văn bản cam kết của đơn vị: Thiếu dấu.',
        'Đơn vị sửa các nội dung trên rồi nộp lại hồ sơ.',
      ].join('\n'),
    );
    const r = transitionText({ type: 'REJECTED', at, actor: { ...actor, role: 'NATIONAL_REVIEWER', provinceCode: null }, reason: 'Không đạt cấp độ 3.' }, facts('X'), 'UNIT');
    expect(r.body).toContain('Lý do: Không đạt cấp độ 3.');
    expect(reminderText(facts('X'), 'PROVINCIAL', '2026-11-30').title).toBe('Hồ sơ KN-2026-000123 đến hạn thẩm định ngày 30/11/2026');
  });
});

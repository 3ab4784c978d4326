import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RouterProvider, hrefOf } from '@ketnoi/ui';
import { renderApp } from '../../test-render.tsx';
import type { TimelineEntry } from './timeline-entry.ts';
import { TimelineView } from './timeline-view.tsx';

const ID = '0b7e4b1e-8a57-4a8e-9a65-2f4f3f6b2c11';
const sub = { actorRole: 'SUBMITTER', actorUnitName: 'Sở Y tế Nghệ An' };
const pc06 = { actorRole: 'PROVINCIAL_REVIEWER', actorUnitName: 'PC06 Công an tỉnh Nghệ An' };
const c06 = { actorRole: 'NATIONAL_REVIEWER', actorUnitName: 'Cục C06' };

/** A local dossier's whole life, as `dossier.timeline` answers (payload without actor and time). */
const EVENTS: TimelineEntry[] = [
  { seq: 1, type: 'CREATED', ...sub, occurredAt: '2025-03-03T01:00:00.000Z', details: { ownerUnitId: 'u1', routing: { route: 'NATIONAL' } } },
  { seq: 2, type: 'SUBMITTED', ...sub, occurredAt: '2025-03-04T02:30:00.000Z', details: { routing: { route: 'NATIONAL' }, stage: { kind: 'PROVINCIAL', startedAt: '2025-03-04T02:30:00.000Z', dueOn: '2025-03-07' } } },
  { seq: 3, type: 'CLAIMED', ...pc06, occurredAt: '2025-03-04T03:00:00.000Z', details: { takenOverFrom: null } },
  {
    seq: 4,
    type: 'RETURNED',
    ...pc06,
    occurredAt: '2025-03-05T08:15:00.000Z',
    details: {
      deficiencies: [
        { part: 'ACCOUNT_LIST', rows: [3, 7], reason: 'Số định danh không khớp họ tên.' },
        { part: 'ORG_COMMITMENT', reason: 'Bản cam kết chưa có chữ ký số.' },
      ],
      pausedStage: null,
    },
  },
  { seq: 5, type: 'RESUBMITTED', ...sub, occurredAt: '2025-03-06T01:00:00.000Z', details: { version: 2, routing: { route: 'NATIONAL' }, stage: { kind: 'PROVINCIAL', startedAt: '2025-03-06T01:00:00.000Z', dueOn: '2025-03-11' } } },
  {
    seq: 6,
    type: 'FORWARDED',
    ...pc06,
    occurredAt: '2025-03-07T04:00:00.000Z',
    details: {
      opinion: { checklist: { ORG_COMMITMENT: 'OK', ACCOUNT_LIST: 'NOT_OK', SERVICE_REGISTRATION: 'OK', SECURITY_CONFIRMATION: 'OK' }, recommendation: 'APPROVE', note: 'Đề nghị C06 xem lại dòng 9.' },
      stage: { kind: 'NATIONAL', startedAt: '2025-03-07T04:00:00.000Z', dueOn: '2025-03-14' },
    },
  },
  { seq: 7, type: 'APPROVED', ...c06, occurredAt: '2025-03-10T09:00:00.000Z', details: { decision: { numberAndSymbol: '123/QĐ-C06', issuedOn: '2025-03-10' } } },
  { seq: 8, type: 'CONNECTION_RECORDED', ...c06, occurredAt: '2025-03-12T09:00:00.000Z', details: { connection: { connectedOn: '2025-03-12', channel: 'LGSP', technicalReference: 'LGSP-NA-0042' } } },
  { seq: 9, type: 'SUSPENDED', ...c06, occurredAt: '2025-06-01T09:00:00.000Z', details: { reason: 'Văn bản xác nhận an ninh hết hạn.' } },
];

const renderTimeline = (events: TimelineEntry[], locale: 'vi' | 'en' = 'vi') =>
  renderApp(
    <RouterProvider base={import.meta.env.BASE_URL}>
      <TimelineView dossierId={ID} code="HS-2025-000042" events={events} />
    </RouterProvider>,
    locale,
  );

const steps = () => within(screen.getByRole('list', { name: /theo thứ tự thời gian|in time order/ })).getAllByRole('listitem').filter((li) => li.parentElement?.tagName === 'OL');

describe('TimelineView', () => {
  it('lists the steps oldest first in an ordered list named by its hidden caption, each with its heading, time and actor', () => {
    // Given out of order: the view still tells the story by sequence number.
    renderTimeline([...EVENTS].reverse());
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Lịch sử xử lý hồ sơ HS-2025-000042');
    const list = screen.getByRole('list', { name: 'Các bước xử lý hồ sơ theo thứ tự thời gian, cũ nhất trước, mới nhất sau cùng' });
    expect(list.tagName).toBe('OL');
    const items = steps();
    expect(items.map((li) => within(li).getByRole('heading', { level: 3 }).textContent)).toEqual([
      'Tạo hồ sơ',
      'Nộp hồ sơ',
      'Nhận xử lý hồ sơ',
      'Trả lại để bổ sung',
      'Nộp lại hồ sơ (phiên bản 2)',
      'Chuyển C06 kèm ý kiến thẩm định',
      'Phê duyệt hồ sơ',
      'Ghi nhận đã kết nối',
      'Tạm dừng kết nối',
    ]);
    const returned = items[3]!;
    const time = returned.querySelector('time')!;
    // 08:15 UTC is 15:15 in Vietnam; the machine-readable instant stays exact.
    expect(time.textContent).toBe('05/03/2025 15:15');
    expect(time.getAttribute('dateTime')).toBe('2025-03-05T08:15:00.000Z');
    expect(returned.textContent).toContain('PC06 Công an tỉnh Nghệ An — Cán bộ thẩm định PC06');
    expect(items[0]!.textContent).toContain('Sở Y tế Nghệ An — Đơn vị chủ quản');
  });

  it('links back to the dossier', () => {
    renderTimeline(EVENTS);
    expect(screen.getByRole('link', { name: 'Về hồ sơ HS-2025-000042' }).getAttribute('href')).toBe(hrefOf(import.meta.env.BASE_URL, `/ho-so/${ID}`));
  });

  it('shows what each step carried: deficiencies with rows, the opinion, the decision, the connection, the reason, the due dates', () => {
    renderTimeline(EVENTS);
    const [, submitted, , returned, , forwarded, approved, connected, suspended] = steps();
    expect(submitted!.textContent).toContain('PC06 thẩm định, hạn xử lý 07/03/2025');
    const deficiencies = within(returned!).getAllByRole('listitem').map((li) => li.textContent);
    expect(deficiencies).toEqual([
      '2. Danh sách tài khoản đăng ký sử dụng khai thác dịch vụ dân cư (dòng 3, 7): Số định danh không khớp họ tên.',
      '1. Bản cam kết bảo đảm an ninh, an toàn và bảo mật thông tin: Bản cam kết chưa có chữ ký số.',
    ]);
    // Reasons are the reviewer's own Vietnamese words.
    expect(within(returned!).getByText('Số định danh không khớp họ tên.').getAttribute('lang')).toBe('vi');
    expect(forwarded!.textContent).toContain('Đề xuất của PC06Phê duyệt');
    expect(within(forwarded!).getByText('Đề nghị C06 xem lại dòng 9.').getAttribute('lang')).toBe('vi');
    expect(within(forwarded!).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '1. Bản cam kết bảo đảm an ninh, an toàn và bảo mật thông tin: Đạt',
      '2. Danh sách tài khoản đăng ký sử dụng khai thác dịch vụ dân cư: Chưa đạt',
      '3. Phiếu đăng ký sử dụng dịch vụ: Đạt',
      '4. Văn bản xác nhận bảo đảm an ninh, an toàn thông tin (A05): Đạt',
    ]);
    expect(forwarded!.textContent).toContain('C06 thẩm định, hạn xử lý 14/03/2025');
    expect(approved!.textContent).toContain('Quyết định phê duyệt: Số 123/QĐ-C06, ngày 10/03/2025');
    expect(connected!.textContent).toContain('Ngày kết nối12/03/2025');
    expect(connected!.textContent).toContain('LGSP — Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh');
    expect(connected!.textContent).toContain('LGSP-NA-0042');
    expect(suspended!.textContent).toContain('Lý do: Văn bản xác nhận an ninh hết hạn.');
  });

  it('speaks English on the English page, keeping the reviewers\u2019 words in Vietnamese', () => {
    renderTimeline(EVENTS, 'en');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('History of dossier HS-2025-000042');
    const items = steps();
    expect(within(items[3]!).getByRole('heading').textContent).toBe('Returned for completion');
    expect(items[3]!.textContent).toContain('PC06 Công an tỉnh Nghệ An — PC06 reviewer');
    expect(items[3]!.textContent).toContain('(rows 3, 7): Số định danh không khớp họ tên.');
    expect(within(items[5]!).getByText('Approve')).toBeTruthy();
  });

  it('says when a reviewer took over a claim, and shows an unknown step by its code rather than hiding it', () => {
    renderTimeline([
      { seq: 1, type: 'CLAIMED', ...pc06, occurredAt: '2025-03-04T03:00:00.000Z', details: { takenOverFrom: { userId: 'user-7f3a', unitId: 'unit-9c1d' } } },
      { seq: 2, type: 'ARCHIVED', ...c06, occurredAt: '2025-03-05T03:00:00.000Z', details: {} },
    ]);
    const [claimed, unknown] = steps();
    expect(claimed!.textContent).toContain('Tiếp nhận thay cán bộ đang xử lý trước đó.');
    expect(claimed!.textContent).not.toMatch(/user-7f3a|unit-9c1d/);
    expect(within(unknown!).getByRole('heading').textContent).toBe('Bước xử lý khác (ARCHIVED)');
  });

  it('says so when there is no step', () => {
    renderTimeline([]);
    expect(screen.getByText('Hồ sơ chưa có bước xử lý nào.')).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
  });
});

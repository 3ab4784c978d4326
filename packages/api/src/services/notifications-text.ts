import type { DossierEvent, DossierPart, StageKind } from '@ketnoi/domain';

/**
 * The Vietnamese texts of notifications (and of their emails). Returns and rejections carry their
 * reasons; people write those reasons, so any run of digits long enough to be an ID number (12,
 * or the old 9) or a phone number is hidden before it reaches a notification (Luật BVDLCN 91/2025:
 * minimised in notifications, domain.md §6). Nothing else of a person is ever put in.
 */

export type NotificationKind =
  | 'SUBMITTED'
  | 'RESUBMITTED'
  | 'WITHDRAWN'
  | 'CLAIMED'
  | 'TAKEN_OVER'
  | 'RELEASED'
  | 'RETURNED'
  | 'FORWARDED'
  | 'REJECTED'
  | 'APPROVED'
  | 'CONNECTION_RECORDED'
  | 'SUSPENDED'
  | 'RESUMED'
  | 'REVOKED'
  | 'DEADLINE_REMINDER'
  | 'STAGE_OVERDUE'
  | 'OVERDUE_ESCALATION'
  | 'SECURITY_EXPIRY_WARNING'
  | 'RECERTIFICATION_DUE';

export interface NotificationText {
  readonly title: string;
  readonly body: string;
}

/** What a notification may say about a dossier: its code, system, owner unit and province. */
export interface DossierFacts {
  readonly code: string;
  readonly systemName: string;
  readonly unitName: string;
  /** The province whose PC06 holds a local dossier; null on the national route. */
  readonly provinceName: string | null;
}

/**
 * Digit runs of 9 or more (spaces, dots or dashes between digits allowed, `+84` included), except a
 * dossier code (`KN-2026-000123`), which is matched first and kept.
 */
const PERSONAL_NUMBER = /(KN-\d{4}-\d{6,})|\+?\d(?:[ .-]?\d){8,}/g;
export const HIDDEN_NUMBER = '[số đã ẩn]';

/** Hides anything that could be an ID number (12 or 9 digits) or a phone number in a written text. */
export const redactPersonalNumbers = (text: string): string => text.replace(PERSONAL_NUMBER, (match, code: string | undefined) => code ?? HIDDEN_NUMBER);

const PART_LABELS: Readonly<Record<DossierPart, string>> = {
  ORG_COMMITMENT: 'Văn bản cam kết của đơn vị',
  ACCOUNT_LIST: 'Danh sách tài khoản',
  SERVICE_REGISTRATION: 'Đăng ký dịch vụ',
  SECURITY_CONFIRMATION: 'Xác nhận bảo đảm an ninh, an toàn thông tin',
};

/** `2026-11-25` → `25/11/2026`. */
export const displayDate = (iso: string): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

const reviewerOf = (stage: StageKind, facts: DossierFacts): string =>
  stage === 'PROVINCIAL' ? `PC06 ${facts.provinceName ?? ''}`.trim() : 'C06';

const about = (f: DossierFacts): string => `hồ sơ ${f.code} của ${f.unitName} (hệ thống «${redactPersonalNumbers(f.systemName)}»)`;

const text = (title: string, lines: readonly string[]): NotificationText => ({ title, body: lines.filter((l) => l !== '').join('\n') });

/**
 * The text of a transition for one audience: `UNIT` (the owner unit's submitters) or `REVIEWER`
 * (PC06 or C06). Who acted is named by body, never by person ("PC06 Tỉnh Nghệ An", "C06").
 */
export function transitionText(event: DossierEvent, facts: DossierFacts, audience: 'UNIT' | 'REVIEWER'): NotificationText {
  const actorName = event.actor.role === 'PROVINCIAL_REVIEWER' ? reviewerOf('PROVINCIAL', facts) : event.actor.role === 'NATIONAL_REVIEWER' ? 'C06' : facts.unitName;
  switch (event.type) {
    case 'SUBMITTED':
    case 'RESUBMITTED': {
      const verb = event.type === 'SUBMITTED' ? 'nộp' : 'nộp lại';
      const due = displayDate(event.stage.dueOn);
      const reviewer = reviewerOf(event.stage.kind, facts);
      return audience === 'REVIEWER'
        ? text(`Hồ sơ ${facts.code} ${event.type === 'SUBMITTED' ? 'mới' : 'nộp lại'} chờ thẩm định`, [`${facts.unitName} đã ${verb} ${about(facts)}.`, `Hạn thẩm định: ${due}.`])
        : text(`Hồ sơ ${facts.code} đã được ${verb}`, [`Đơn vị đã ${verb} ${about(facts)}; ${reviewer} tiếp nhận và thẩm định.`, `Hạn thẩm định: ${due}.`]);
    }
    case 'WITHDRAWN':
      return text(`Hồ sơ ${facts.code} đã được rút`, [`${facts.unitName} đã rút ${about(facts)}. Hồ sơ không còn được xử lý.`]);
    case 'CLAIMED':
      return text(`Hồ sơ ${facts.code} đang được thẩm định`, [`${actorName} đã nhận xử lý ${about(facts)}.`]);
    case 'RELEASED':
      return text(`Hồ sơ ${facts.code} trở lại hàng chờ`, [`Cán bộ ${actorName} đã thôi nhận xử lý ${about(facts)}; hồ sơ chờ người nhận xử lý.`]);
    case 'RETURNED':
      return text(`Hồ sơ ${facts.code} được trả lại để bổ sung`, [
        `${actorName} đã trả lại ${about(facts)} để bổ sung các nội dung sau:`,
        ...event.deficiencies.map(
          (d) => `- ${PART_LABELS[d.part]}${d.rows ? `, dòng ${d.rows.join(', ')}` : ''}: ${redactPersonalNumbers(d.reason)}`,
        ),
        audience === 'UNIT' ? 'Đơn vị sửa các nội dung trên rồi nộp lại hồ sơ.' : '',
      ]);
    case 'FORWARDED':
      return text(`Hồ sơ ${facts.code} đã được chuyển lên C06`, [`${actorName} đã thẩm định và chuyển ${about(facts)} lên C06.`, `Hạn thẩm định của C06: ${displayDate(event.stage.dueOn)}.`]);
    case 'REJECTED':
      return text(`Hồ sơ ${facts.code} bị từ chối`, [`C06 đã từ chối ${about(facts)}.`, `Lý do: ${redactPersonalNumbers(event.reason)}`]);
    case 'APPROVED':
      return text(`Hồ sơ ${facts.code} đã được phê duyệt`, [`C06 đã phê duyệt ${about(facts)} theo quyết định số ${event.decision.numberAndSymbol} ngày ${displayDate(event.decision.issuedOn)}.`]);
    case 'CONNECTION_RECORDED':
      return text(`Hệ thống của hồ sơ ${facts.code} đã được kết nối`, [`C06 đã ghi nhận kết nối ${about(facts)} từ ngày ${displayDate(event.connection.connectedOn)} (kênh ${event.connection.channel}).`]);
    case 'SUSPENDED':
      return text(`Kết nối của hồ sơ ${facts.code} bị tạm dừng`, [`C06 đã tạm dừng kết nối ${about(facts)}.`, `Lý do: ${redactPersonalNumbers(event.reason)}`]);
    case 'RESUMED':
      return text(`Kết nối của hồ sơ ${facts.code} được khôi phục`, [`C06 đã khôi phục kết nối ${about(facts)}.`]);
    case 'REVOKED':
      return text(`Kết nối của hồ sơ ${facts.code} bị thu hồi`, [`C06 đã thu hồi kết nối ${about(facts)}.`, `Lý do: ${redactPersonalNumbers(event.reason)}`]);
    case 'CREATED':
      return text(`Hồ sơ ${facts.code} đã được tạo`, [`${facts.unitName} đã tạo ${about(facts)}.`]);
  }
}

/** To the reviewer a claim was taken from (domain.md §4: another reviewer may take over, recorded as such). */
export const takenOverText = (facts: DossierFacts): NotificationText =>
  text(`Hồ sơ ${facts.code} đã được cán bộ khác nhận xử lý thay`, [`Một cán bộ khác đã nhận xử lý ${about(facts)} thay bạn.`]);

export const reminderText = (facts: DossierFacts, stage: StageKind, dueOn: string): NotificationText =>
  text(`Hồ sơ ${facts.code} đến hạn thẩm định ngày ${displayDate(dueOn)}`, [
    `Còn một ngày làm việc đến hạn thẩm định của ${reviewerOf(stage, facts)} đối với ${about(facts)}: hạn ${displayDate(dueOn)}.`,
  ]);

export const overdueText = (facts: DossierFacts, stage: StageKind, dueOn: string): NotificationText =>
  text(`Hồ sơ ${facts.code} đã quá hạn thẩm định`, [`Hạn thẩm định của ${reviewerOf(stage, facts)} đối với ${about(facts)} là ${displayDate(dueOn)} và đã qua.`]);

export const escalationText = (facts: DossierFacts, dueOn: string): NotificationText =>
  text(`PC06 ${facts.provinceName ?? ''} quá hạn thẩm định hồ sơ ${facts.code}`.replace(/\s+/g, ' '), [
    `Hồ sơ ${facts.code} của ${facts.unitName} đang ở ${reviewerOf('PROVINCIAL', facts)} đã quá hạn thẩm định (hạn ${displayDate(dueOn)}).`,
    'C06 được báo để theo dõi, đôn đốc.',
  ]);

export const securityWarningText = (facts: DossierFacts, validUntil: string): NotificationText =>
  text(`Văn bản xác nhận an ninh của hồ sơ ${facts.code} sắp hết hiệu lực`, [
    `Văn bản xác nhận bảo đảm an ninh, an toàn thông tin của ${about(facts)} hết hiệu lực ngày ${displayDate(validUntil)}.`,
    'Đơn vị cần đề nghị A05 xác nhận lại trước ngày đó.',
  ]);

export const recertificationText = (facts: DossierFacts, validUntil: string): NotificationText =>
  text(`Hồ sơ ${facts.code} cần xác nhận lại an ninh, an toàn thông tin`, [
    `Văn bản xác nhận bảo đảm an ninh, an toàn thông tin của ${about(facts)} đã hết hiệu lực ngày ${displayDate(validUntil)}.`,
    'Kết nối được đánh dấu cần xác nhận lại và có thể bị tạm dừng.',
  ]);

import type { ConnectionChannel } from '@ketnoi/domain';
import { CHANNEL_LABELS } from './labels.ts';
import { drawClosing } from './official-closing.ts';
import { OfficialDocument, SIZES } from './official-document.ts';
import { drawAddressees, drawHeader, drawTitle } from './official-header.ts';
import { C06_NAME } from './police-bodies.ts';
import { formatCalendarDate, formatCount, placeAndDateLine, toNfc, unitAbbreviation } from './text-format.ts';

export interface CommitmentInput {
  readonly unit: {
    readonly name: string;
    /** The body above the unit, printed above its name ("UBND tỉnh Nghệ An"); none for a ministry. */
    readonly superior?: string | null;
    /** Short name for the document symbol ("SYT" in "CK-SYT"); guessed from the name when absent. */
    readonly abbreviation?: string | null;
  };
  /** Place name of the date line ("Nghệ An", "Hà Nội", NĐ 30/2020). */
  readonly place: string;
  readonly year: number;
  readonly system: {
    readonly name: string;
    readonly purpose: string;
    readonly host: string;
    readonly securityLevel: number;
    readonly securityLevelDecision?: { readonly numberAndSymbol: string; readonly issuedOn: string } | null;
    readonly channel: ConnectionChannel;
  };
  readonly services: readonly { readonly code: string; readonly name: string }[];
  readonly accountCount: number;
  /** Head of the unit, when known; the position defaults to "Thủ trưởng đơn vị". */
  readonly signer?: { readonly name?: string | null; readonly position?: string | null } | null;
  /** Central units send to C06; local ones to the PC06 of their province, which forwards to C06 (letter 1658). */
  readonly route: { readonly kind: 'NATIONAL' } | { readonly kind: 'PROVINCIAL'; readonly pc06: string };
  /** The dossier this commitment belongs to, printed in the account-list item. */
  readonly dossierCode?: string | null;
  /** When the form was printed (PDF metadata only). */
  readonly printedAt: Date | string;
}

export const COMMITMENT_TITLE = 'Bản cam kết';
export const COMMITMENT_SUBJECT = 'Bảo đảm an ninh, an toàn và bảo mật thông tin khi kết nối, khai thác Cơ sở dữ liệu quốc gia về dân cư';

/**
 * The organisation's commitment (part 1 of the dossier, letter 1658/CV-TCTTKĐA), pre-filled from the
 * dossier for the head of the unit to number, date, sign and seal. One commitment by the
 * organisation: individuals sign nothing (letter 1658).
 */
export async function renderCommitmentPdf(raw: CommitmentInput): Promise<Uint8Array> {
  const input = toNfc(raw);
  const doc = new OfficialDocument({ title: `${COMMITMENT_TITLE} – ${input.unit.name}`, subject: COMMITMENT_SUBJECT, createdAt: new Date(input.printedAt) });
  const abbreviation = input.unit.abbreviation?.trim() || unitAbbreviation(input.unit.name);
  drawHeader(doc, {
    issuer: { superior: input.unit.superior ?? null, name: input.unit.name },
    numberLine: `Số: ……/CK-${abbreviation}`,
    placeAndDate: placeAndDateLine(input.place, { year: input.year }),
  });
  drawTitle(doc, COMMITMENT_TITLE, COMMITMENT_SUBJECT);

  const addressees = input.route.kind === 'NATIONAL' ? [C06_NAME] : [C06_NAME, input.route.pc06];
  drawAddressees(doc, addressees);

  doc.paragraph(
    'Căn cứ Nghị định số 47/2020/NĐ-CP của Chính phủ về quản lý, kết nối và chia sẻ dữ liệu số của cơ quan nhà nước ' +
      '(được sửa đổi, bổ sung bởi Nghị định số 194/2025/NĐ-CP); Công văn số 1658/CV-TCTTKĐA ngày 24/3/2022 của Tổ công tác triển khai ' +
      'Đề án phát triển ứng dụng dữ liệu dân cư, định danh và xác thực điện tử hướng dẫn kết nối, tích hợp, chia sẻ với Cơ sở dữ liệu quốc gia về dân cư;',
  );
  doc.paragraph(
    `${input.unit.name} (sau đây gọi là Đơn vị) là đơn vị quản lý hệ thống thông tin dưới đây, đăng ký kết nối, khai thác ` +
      'Cơ sở dữ liệu quốc gia về dân cư (CSDLQG về dân cư):',
  );

  const s = input.system;
  doc.field('1. Tên hệ thống thông tin', s.name);
  doc.field('2. Mục đích kết nối, khai thác', s.purpose || '……');
  doc.field('3. Địa chỉ truy cập (tên miền, máy chủ)', s.host || '……');
  const decision = s.securityLevelDecision
    ? `, đã được phê duyệt tại văn bản số ${s.securityLevelDecision.numberAndSymbol} ngày ${formatCalendarDate(s.securityLevelDecision.issuedOn)}`
    : '';
  doc.field('4. Cấp độ an toàn hệ thống thông tin', `cấp độ ${s.securityLevel} theo Nghị định số 85/2016/NĐ-CP${decision}`);
  doc.field('5. Phương thức kết nối', CHANNEL_LABELS[s.channel]);
  doc.field('6. Dịch vụ đăng ký sử dụng', input.services.length === 0 ? '……' : `${input.services.length} dịch vụ`);
  input.services.forEach((service, i) => {
    const end = i === input.services.length - 1 ? '.' : ';';
    doc.use('regular', SIZES.body).text(`- ${service.name} (${service.code})${end}`, doc.left + 56, doc.pdf.y, { width: doc.width - 56, paragraphGap: 2 });
  });
  doc.pdf.moveDown(0.2);
  const attached = input.dossierCode ? ` (kèm theo hồ sơ đăng ký kết nối mã ${input.dossierCode})` : '';
  doc.field(
    '7. Danh sách tài khoản đăng ký sử dụng khai thác dịch vụ dân cư',
    `${formatCount(input.accountCount)} tài khoản của cán bộ, công chức, viên chức được Đơn vị phân công${attached}.`,
  );

  doc.heading('Đơn vị cam kết:');
  const incidentContacts = input.route.kind === 'NATIONAL' ? C06_NAME : `${C06_NAME} và ${input.route.pc06}`;
  const commitments = [
    'Chỉ khai thác, sử dụng thông tin từ CSDLQG về dân cư đúng mục đích và đúng các dịch vụ đã đăng ký nêu trên, phục vụ giải quyết thủ tục hành chính và nhiệm vụ được giao; không cung cấp, chia sẻ, mua bán hoặc để lộ thông tin cho tổ chức, cá nhân không có thẩm quyền.',
    'Xử lý và bảo vệ dữ liệu cá nhân khai thác được theo Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15 và Nghị định số 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân (trong phạm vi còn được áp dụng); chỉ thu thập, lưu giữ dữ liệu ở mức cần thiết cho mục đích đã đăng ký.',
    `Duy trì bảo đảm an toàn hệ thống thông tin theo cấp độ ${s.securityLevel} theo Nghị định số 85/2016/NĐ-CP và tiêu chuẩn TCVN 11930:2017; thực hiện đầy đủ các biện pháp bảo đảm an ninh, an toàn theo kết quả đánh giá, xác nhận của Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (A05) – Bộ Công an.`,
    'Chỉ những người có tên trong danh sách tài khoản đã đăng ký được sử dụng tài khoản khai thác; mỗi tài khoản gắn với một người, không dùng chung, không cho mượn; ghi và lưu nhật ký truy cập, khai thác dữ liệu.',
    'Khóa, thu hồi ngay tài khoản của người nghỉ việc, chuyển công tác hoặc không còn được giao nhiệm vụ; đăng ký thay đổi danh sách tài khoản, dịch vụ với cơ quan tiếp nhận hồ sơ trước khi sử dụng.',
    `Khi phát hiện sự cố mất an ninh, an toàn thông tin, truy cập trái phép hoặc lộ, lọt dữ liệu, thông báo ngay cho ${incidentContacts} để phối hợp xử lý, khắc phục.`,
    'Chịu sự kiểm tra, giám sát của Bộ Công an trong việc kết nối, khai thác CSDLQG về dân cư; chịu trách nhiệm trước pháp luật nếu vi phạm các nội dung đã cam kết.',
  ];
  commitments.forEach((text, i) => doc.paragraph(`${i + 1}. ${text}`));

  drawClosing(doc, {
    recipients: ['- Như trên;', '- Lưu: VT.'],
    signature: {
      position: input.signer?.position?.trim() || 'Thủ trưởng đơn vị',
      instruction: '(Ký, ghi rõ họ tên và đóng dấu)',
      name: input.signer?.name?.trim() || null,
    },
  });
  return doc.finish();
}

import { featureMessages } from '@ketnoi/ui';

/**
 * PC06's own words on the dossier review screen (pages/dossier). The words C06 says alike (overview,
 * claim, panel titles) come from packages/review (reviewScreenMessages); the panels' own words
 * (parts, accounts, history, changes, checklist, deficiencies, opinion) from packages/ui (review.*).
 */
export const dossierMessages = featureMessages(
  {
    'dossier.claimFirst': 'Hãy nhận xử lý hồ sơ để trả lại hoặc chuyển C06.',
    'dossier.heldByOther': 'Hồ sơ đang do {name} xử lý. Bạn có thể xem; muốn trả lại hoặc chuyển C06, hãy tiếp nhận xử lý thay.',
    'dossier.noActions': 'Ở trạng thái này bạn không có thao tác nào với hồ sơ.',
    'dossier.conflict': 'Hồ sơ {code} vừa được cập nhật (có thể bởi cán bộ khác). Trang đã tải lại nội dung mới nhất; hãy kiểm tra rồi thao tác lại.',

    'dossier.parts.title': 'Bốn thành phần hồ sơ',
    'dossier.parts.intro': 'Xem từng thành phần và ghi kết quả kiểm tra; kết quả được đưa vào ý kiến chuyển C06.',
    'dossier.deficiencies.current': 'Nội dung đã yêu cầu bổ sung',

    'dossier.return.title': 'Trả lại để bổ sung',
    'dossier.return.done': 'Đã trả lại hồ sơ {code} cho đơn vị để bổ sung.',
    'dossier.return.pdf': 'Tải phiếu yêu cầu bổ sung hồ sơ (PDF)',
    'dossier.forward.title': 'Chuyển C06',
    'dossier.forward.done': 'Đã chuyển hồ sơ {code} lên C06 kèm ý kiến thẩm định.',
  },
  {
    'dossier.claimFirst': 'Claim the dossier to return it or forward it to C06.',
    'dossier.heldByOther': '{name} is handling this dossier. You may read it; to return or forward it, take it over.',
    'dossier.noActions': 'You have no action on the dossier in this status.',
    'dossier.conflict': 'Dossier {code} has just changed (perhaps by another officer). The page now shows the latest content; check it and try again.',

    'dossier.parts.title': 'The four parts',
    'dossier.parts.intro': 'Read each part and record the result of its check; the results go into the opinion forwarded to C06.',
    'dossier.deficiencies.current': 'What was asked to be completed',

    'dossier.return.title': 'Return for completion',
    'dossier.return.done': 'Dossier {code} was returned to the unit for completion.',
    'dossier.return.pdf': 'Download the supplement request (PDF)',
    'dossier.forward.title': 'Forward to C06',
    'dossier.forward.done': 'Dossier {code} was forwarded to C06 with the opinion.',
  },
);

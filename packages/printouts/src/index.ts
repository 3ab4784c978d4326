export { renderCommitmentPdf, COMMITMENT_TITLE, COMMITMENT_SUBJECT, type CommitmentInput } from './commitment.ts';
export type { IssuingBody } from './official-header.ts';
export { C06_NAME } from './police-bodies.ts';
export { renderReceiptPdf, RECEIPT_TITLE, RECEIPT_SUBJECT, type ReceiptInput, type DocumentNumber } from './receipt.ts';
export { renderSupplementRequestPdf, SUPPLEMENT_REQUEST_TITLE, SUPPLEMENT_REQUEST_SUBJECT, type SupplementRequestInput, type SupplementDeficiency } from './supplement-request.ts';
export { formatRowList } from './account-rows.ts';
export { placeNameOf, localYear } from './text-format.ts';

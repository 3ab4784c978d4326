import { writeFileSync } from 'node:fs';
import { renderReceiptPdf, renderSupplementRequestPdf } from './src/index.ts';
import { receiptInput, supplementRequestInput } from './src/test-fixtures.ts';
writeFileSync('/tmp/receipt.pdf', await renderReceiptPdf(receiptInput()));
const many = Array.from({ length: 40 }, (_, i) => ({ part: 'ACCOUNT_LIST' as const, rows: [i + 2], reason: `Số điện thoại ở dòng ${i + 2} không phải số di động hợp lệ.` }));
writeFileSync('/tmp/supp-many.pdf', await renderSupplementRequestPdf(supplementRequestInput({ deficiencies: many })));

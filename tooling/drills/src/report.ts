import type { Comparison } from './compare-figures.ts';

export interface ReportInput {
  readonly comparison: Comparison;
  readonly seconds: { readonly seed: number; readonly dump: number; readonly restore: number; readonly compare: number };
  readonly dumpBytes: number;
  readonly serverVersion: string;
  readonly toolVersion: string;
  readonly ok: boolean;
}

const yes = (b: boolean) => (b ? 'khớp / same' : 'KHÁC / DIFFERS');
const n = (v: number | null) => (v === null ? '—' : v.toLocaleString('vi-VN'));
const s = (v: number) => `${v.toLocaleString('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} s`;

/** The drill's figures as a plain-text table, Vietnamese first, and the verdict. */
export function formatReport(input: ReportInput): string {
  const { comparison: c, seconds } = input;
  const head = ['Bảng / table', 'Gốc / source', 'Khôi phục / restored', 'Nội dung / content'];
  const rows = c.tables.map((t) => [t.table, n(t.source), n(t.restored), yes(t.sameContent && t.source === t.restored)]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((cell, i) => (i === 0 || i === 3 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ').trimEnd();
  const out = [
    'Diễn tập sao lưu và khôi phục (R1) / Backup and restore drill',
    `PostgreSQL ${input.serverVersion}, pg_dump/pg_restore ${input.toolVersion}`,
    `Thời gian / time: dữ liệu mẫu / seed ${s(seconds.seed)} · pg_dump ${s(seconds.dump)} · pg_restore ${s(seconds.restore)} · so sánh / compare ${s(seconds.compare)}`,
    `Tệp sao lưu / dump: ${(input.dumpBytes / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} KB (custom format)`,
    '',
    line(head),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    `Chuỗi nhật ký / audit chain: ${n(c.audit.sourceRows)} dòng gốc, ${n(c.audit.restoredRows)} dòng khôi phục / rows; ` +
      `bản khôi phục ${c.audit.restoredOk ? 'hợp lệ / verifies' : 'HỎNG / BROKEN'}; mã băm cuối / head hash ${yes(c.audit.headSame)}`,
    `Tài liệu / documents: ${n(c.documents.restored)} của / of ${n(c.documents.source)}; SHA-256 nội dung = đã lưu / content = stored: ` +
      `${n(c.documents.hashesMatch)}/${n(c.documents.restored)}; so với bản gốc / against the source ${yes(c.documents.sameAsSource)}`,
    '',
  ];
  if (input.ok) out.push('Kết quả / result: ĐẠT / PASS — bản khôi phục trùng khớp bản gốc / the restored copy matches');
  else out.push('Kết quả / result: KHÔNG ĐẠT / FAIL', ...c.mismatches.map((m) => `  - ${m}`));
  return out.join('\n');
}

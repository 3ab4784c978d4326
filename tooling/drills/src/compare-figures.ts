import type { DatabaseFigures } from './database-figures.ts';

export interface TableLine {
  readonly table: string;
  readonly source: number | null;
  readonly restored: number | null;
  readonly sameContent: boolean;
}

export interface Comparison {
  readonly tables: readonly TableLine[];
  readonly audit: { readonly sourceRows: number; readonly restoredRows: number; readonly restoredOk: boolean; readonly headSame: boolean };
  readonly documents: { readonly source: number; readonly restored: number; readonly hashesMatch: number; readonly sameAsSource: boolean };
  /** Every difference, one sentence each (Vietnamese / English); empty when the copy is whole. */
  readonly mismatches: readonly string[];
}

/** Compares the figures of an original and of its restored copy (quality.md R1). */
export function compareFigures(source: DatabaseFigures, restored: DatabaseFigures): Comparison {
  const mismatches: string[] = [];
  const names = [...new Set([...source.tables.keys(), ...restored.tables.keys()])].sort();
  const tables = names.map((table): TableLine => {
    const a = source.tables.get(table);
    const b = restored.tables.get(table);
    const line = { table, source: a?.rows ?? null, restored: b?.rows ?? null, sameContent: a !== undefined && b !== undefined && a.checksum === b.checksum };
    if (!a) mismatches.push(`bảng ${table} chỉ có ở bản khôi phục / only in the restored copy`);
    else if (!b) mismatches.push(`bảng ${table} thiếu trong bản khôi phục / missing from the restored copy`);
    else if (a.rows !== b.rows) mismatches.push(`bảng ${table}: ${a.rows} dòng gốc, ${b.rows} dòng khôi phục / row counts differ`);
    else if (!line.sameContent) mismatches.push(`bảng ${table}: nội dung khác / contents differ`);
    return line;
  });

  if (!source.auditChain.ok) mismatches.push(`chuỗi nhật ký của bản gốc đã hỏng tại dòng ${source.auditChain.firstBrokenId} / the source's audit chain is broken`);
  if (!restored.auditChain.ok) mismatches.push(`chuỗi nhật ký khôi phục hỏng tại dòng ${restored.auditChain.firstBrokenId} (${restored.auditChain.reason}) / the restored audit chain is broken`);
  if (source.auditChain.rows !== restored.auditChain.rows) mismatches.push(`nhật ký: ${source.auditChain.rows} dòng gốc, ${restored.auditChain.rows} dòng khôi phục / audit rows differ`);
  const headSame = source.auditHead === restored.auditHead;
  if (!headSame) mismatches.push('mã băm cuối chuỗi nhật ký khác / the audit chain ends on another hash');

  const hashesMatch = restored.documents.filter((d) => d.stored === d.computed).length;
  for (const d of restored.documents) if (d.stored !== d.computed) mismatches.push(`tài liệu ${d.id}: SHA-256 của nội dung khác giá trị đã lưu / content does not match its SHA-256`);
  for (const d of source.documents) if (d.stored !== d.computed) mismatches.push(`tài liệu gốc ${d.id}: SHA-256 của nội dung khác giá trị đã lưu / source content does not match its SHA-256`);
  const key = (docs: DatabaseFigures['documents']) => docs.map((d) => `${d.id}:${d.stored}`).join('\n');
  const sameAsSource = key(source.documents) === key(restored.documents);
  if (!sameAsSource) mismatches.push('danh sách tài liệu hoặc mã băm khác bản gốc / documents or their hashes differ from the source');

  return {
    tables,
    audit: { sourceRows: source.auditChain.rows, restoredRows: restored.auditChain.rows, restoredOk: restored.auditChain.ok, headSame },
    documents: { source: source.documents.length, restored: restored.documents.length, hashesMatch, sameAsSource },
    mismatches,
  };
}

import { createHash } from 'node:crypto';
import pg from 'pg';
import { createPostgresDatabase, verifyAuditChain, type AuditChainVerdict } from '@ketnoi/db';

/** What a backup must carry over, read the same way from the original and from its restored copy. */
export interface DatabaseFigures {
  /** `schema.table` → rows and an MD5 over the rows' text, in a stable order. */
  readonly tables: ReadonlyMap<string, { readonly rows: number; readonly checksum: string }>;
  readonly auditChain: AuditChainVerdict;
  /** row_hash of the last audit row (hex): the head of the chain. */
  readonly auditHead: string | null;
  /** Every stored document: the SHA-256 kept at upload and the one of its content, computed here. */
  readonly documents: ReadonlyArray<{ readonly id: string; readonly stored: string; readonly computed: string }>;
}

/** Reads every figure of a database; only reads. */
export async function readFigures(url: string): Promise<DatabaseFigures> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tableRows } = await client.query<{ schema: string; name: string }>(
      `SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
        WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')
        ORDER BY 1, 2`,
    );
    const tables = new Map<string, { rows: number; checksum: string }>();
    for (const t of tableRows) {
      const id = `${quoteIdent(t.schema)}.${quoteIdent(t.name)}`;
      const { rows } = await client.query<{ n: number; checksum: string }>(
        `SELECT count(*)::int AS n, md5(coalesce(string_agg(r::text, E'\\n' ORDER BY r::text), '')) AS checksum FROM ${id} r`,
      );
      tables.set(`${t.schema}.${t.name}`, { rows: rows[0]!.n, checksum: rows[0]!.checksum });
    }

    const head = await client.query<{ head: string }>(`SELECT encode(row_hash, 'hex') AS head FROM audit_log ORDER BY id DESC LIMIT 1`);

    const documents: { id: string; stored: string; computed: string }[] = [];
    // A page at a time: documents are up to tens of megabytes each.
    let after = '';
    for (;;) {
      const { rows } = await client.query<{ id: string; sha256: string; content: Buffer }>(
        `SELECT id::text AS id, sha256, content FROM documents WHERE id::text > $1 ORDER BY id::text LIMIT 20`,
        [after],
      );
      for (const r of rows) documents.push({ id: r.id, stored: r.sha256, computed: createHash('sha256').update(r.content).digest('hex') });
      if (rows.length < 20) break;
      after = rows[rows.length - 1]!.id;
    }

    // The chain is verified by the project's own check (the same as `ketnoi audit verify`).
    const handle = createPostgresDatabase(url, 1);
    let auditChain: AuditChainVerdict;
    try {
      auditChain = await verifyAuditChain(handle.db);
    } finally {
      await handle.close();
    }
    return { tables, auditChain, auditHead: head.rows[0]?.head ?? null, documents };
  } finally {
    await client.end();
  }
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

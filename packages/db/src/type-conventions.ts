import pg from 'pg';

/**
 * The ONE place that decides how column types reach JavaScript, for both drivers, so that PGlite
 * and a pg Pool return identical shapes (toolchain.md: pg returns int8 as a string, PGlite as a
 * number; both return dates as local-midnight Date objects, which shift across time zones):
 * - int8 / count(*) → number (our bigints are ids and counts, far below 2^53);
 * - numeric stays a string (exact decimals);
 * - date → 'yyyy-MM-dd' string as stored (working-day arithmetic in the domain uses these);
 * - timestamptz → ISO-8601 UTC string ('2025-01-02T03:04:05.678Z');
 * - bytea → Buffer.
 */
export const OID = {
  BYTEA: 17,
  INT8: 20,
  DATE: 1082,
  TIMESTAMPTZ: 1184,
  INT8_ARRAY: 1016,
  DATE_ARRAY: 1182,
  TIMESTAMPTZ_ARRAY: 1185,
} as const;

type TextParser = (value: string) => unknown;

const pgDefaultTimestamptz = pg.types.getTypeParser(OID.TIMESTAMPTZ as never, 'text') as (value: string) => Date;
/** text[] parser: splits any array literal into its element strings (nulls stay null). */
const pgTextArray = pg.types.getTypeParser(1009 as never, 'text') as (value: string) => (string | null)[];

const toIso = (value: string): string => pgDefaultTimestamptz(value).toISOString();
const toInt = (value: string): number => Number(value);
const hexToBuffer = (value: string): Buffer => Buffer.from(value.startsWith('\\x') ? value.slice(2) : value, 'hex');
const mapArray =
  (element: (v: string) => unknown): TextParser =>
  (value) =>
    pgTextArray(value).map((v) => (v === null ? null : element(v)));

/** Text-format parsers shared by both drivers. */
export const TEXT_PARSERS: Readonly<Record<number, TextParser>> = {
  [OID.INT8]: toInt,
  [OID.DATE]: (v) => v,
  [OID.TIMESTAMPTZ]: toIso,
  [OID.INT8_ARRAY]: mapArray(toInt),
  [OID.DATE_ARRAY]: mapArray((v) => v),
  [OID.TIMESTAMPTZ_ARRAY]: mapArray(toIso),
};

/** PGlite parsers: the shared ones plus bytea as Buffer (PGlite gives a bare Uint8Array). */
export const PGLITE_PARSERS: Record<number, TextParser> = { ...TEXT_PARSERS, [OID.BYTEA]: hexToBuffer };

/**
 * Per-pool type overrides for pg (instead of the process-global `pg.types.setTypeParser`), so that
 * another pg user in the same process keeps its own conventions.
 */
export const PG_TYPE_OVERRIDES = {
  getTypeParser(oid: number, format?: 'text' | 'binary'): (value: string) => unknown {
    const own = format === 'binary' ? undefined : TEXT_PARSERS[oid];
    return own ?? (pg.types.getTypeParser(oid as never, format ?? 'text') as (value: string) => unknown);
  },
};

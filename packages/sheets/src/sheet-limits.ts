/**
 * Bounds on what the reader accepts, so that a hostile or broken file costs bounded time and
 * memory (quality.md I1). Every bound is checked before the work it protects.
 */
export interface SheetLimits {
  /** Largest file accepted, in bytes. Default 20 MiB: a 200,000-row list is about 15 MiB as xlsx. */
  readonly maxFileBytes: number;
  /** Most entries an xlsx (zip) may list. Default 2,000: a real workbook has a few dozen. */
  readonly maxZipEntries: number;
  /** Most bytes all entries may declare uncompressed together. Default 200 MiB. */
  readonly maxUncompressedBytes: number;
  /** Highest uncompressed/compressed ratio of one entry. Default 200: real sheet XML stays far below. */
  readonly maxCompressionRatio: number;
  /** Most data rows (rows with any non-empty cell, after the header). Default 200,000. */
  readonly maxDataRows: number;
  /** Columns looked at in each row; cells beyond are never read. Default 50. */
  readonly maxColumns: number;
}

export const DEFAULT_SHEET_LIMITS: SheetLimits = {
  maxFileBytes: 20 * 1024 * 1024,
  maxZipEntries: 2_000,
  maxUncompressedBytes: 200 * 1024 * 1024,
  maxCompressionRatio: 200,
  maxDataRows: 200_000,
  maxColumns: 50,
};

/**
 * Streams one workbook part — a zip entry whose inflated size bounded-inflate.ts has already
 * checked — through a SAX parser (saxes): inflated in 64 KiB chunks and decoded as UTF-8 with a
 * streaming decoder, so a character split between two chunks stays whole and no part is ever held
 * in memory at once. Handlers see element names as written (`localName` drops a prefix such as
 * `x:c`, which some producers write). A DOCTYPE is refused outright: entities are never expanded nor
 * fetched. Malformed XML throws (saxes), and the caller turns that into a refusal.
 */
import { createInflateRaw } from 'node:zlib';
import { SaxesParser } from 'saxes';
import type { ZipEntry } from './zip-directory.js';

const CHUNK = 64 * 1024;

/** An element as saxes reports it; `name` may carry a namespace prefix (see `localName`). */
export interface PartTag {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
}

export interface PartHandlers {
  open(tag: PartTag): void;
  close(tag: PartTag): void;
  text(text: string): void;
  /** Checked after each chunk: true stops reading the part (the rest is never inflated). */
  readonly done?: () => boolean;
}

export class DoctypeRefused extends Error {
  constructor() {
    super('DOCTYPE in a workbook part');
  }
}

/** The handlers are given to saxes as they are: they run once per element of a 45 MB sheet. */
export async function parsePart(bytes: Uint8Array, entry: ZipEntry, handlers: PartHandlers): Promise<void> {
  const parser = new SaxesParser({ position: false });
  parser.on('opentag', handlers.open as (tag: unknown) => void);
  parser.on('closetag', handlers.close as (tag: unknown) => void);
  parser.on('text', handlers.text);
  // `<![CDATA[…]]>` is text too (Excel never writes it; other producers may).
  parser.on('cdata', handlers.text);
  parser.on('doctype', () => {
    throw new DoctypeRefused();
  });
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of inflatedChunks(bytes, entry)) {
    parser.write(decoder.decode(chunk, { stream: true }));
    if (handlers.done?.()) return;
  }
  parser.write(decoder.decode());
  parser.close();
}

async function* inflatedChunks(bytes: Uint8Array, entry: ZipEntry): AsyncGenerator<Uint8Array> {
  const compressed = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (entry.method === 0) {
    for (let at = 0; at < compressed.length; at += CHUNK) yield compressed.subarray(at, at + CHUNK);
    return;
  }
  const inflate = createInflateRaw({ chunkSize: CHUNK });
  inflate.end(compressed);
  // Leaving the loop early (a stop, a refusal) destroys the stream.
  yield* inflate;
}

/** `x:c` → `c`: some producers write SpreadsheetML with a prefix; the namespace is not checked. */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** Worksheet parts are XML files directly under xl/worksheets/ (Excel names them sheetN.xml). */
export const WORKSHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;

/** N of `xl/worksheets/sheetN.xml`, for ordering sheets the workbook does not list. */
export const worksheetNumber = (name: string): number => Number(/sheet(\d+)\.xml$/i.exec(name)?.[1] ?? Number.MAX_SAFE_INTEGER);

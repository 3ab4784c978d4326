/**
 * The workbook-level parts of an .xlsx that reading one worksheet needs (ECMA-376 Part 1, §18.2,
 * §18.4, §18.8): the sheet list with names and visibility, where each sheet's part is, the 1904
 * date system flag, which cell styles show dates, and the shared strings (composed to NFC once).
 */
import { isDateFormat } from './cell-text.js';
import { toNfc } from './nfc.js';
import { localName, parsePart, WORKSHEET_PART, worksheetNumber } from './workbook-parts-stream.js';
import type { ZipDirectory } from './zip-directory.js';

export interface WorkbookSheet {
  readonly name: string;
  /** visible, hidden or veryHidden. */
  readonly state: string;
  /** The zip entry of its worksheet part. */
  readonly part: string;
}

export interface WorkbookInfo {
  /** Worksheets in workbook order; worksheet parts the workbook does not list come last, as `SheetN`. */
  readonly sheets: readonly WorkbookSheet[];
  readonly date1904: boolean;
}

export const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
const STYLES = 'xl/styles.xml';
const SHARED_STRINGS = 'xl/sharedStrings.xml';

/** Every part the reader may inflate, so each can be checked before anything is parsed. */
export function partsToRead(directory: ZipDirectory): string[] {
  const worksheets = [...directory.entries.keys()].filter((name) => WORKSHEET_PART.test(name));
  return [WORKBOOK_RELS, WORKBOOK, SHARED_STRINGS, STYLES, ...worksheets].filter((name) => directory.entries.has(name));
}

export const hasWorksheet = (directory: ZipDirectory): boolean => [...directory.entries.keys()].some((name) => WORKSHEET_PART.test(name));

export async function readWorkbook(bytes: Uint8Array, directory: ZipDirectory): Promise<WorkbookInfo> {
  const targets = await readRelationships(bytes, directory);
  const listed: { name: string; state: string; relId: string | undefined }[] = [];
  let date1904 = false;
  await parsePart(bytes, directory.entries.get(WORKBOOK)!, {
    open({ name: tagName, attributes }) {
      const name = localName(tagName);
      if (name === 'workbookPr') date1904 = isTrue(attributes['date1904']);
      else if (name === 'sheet') listed.push({ name: attributes['name'] ?? '', state: attributes['state'] ?? 'visible', relId: relationshipId(attributes) });
    },
    close() {},
    text() {},
  });
  const sheets: WorkbookSheet[] = [];
  const seen = new Set<string>();
  for (const sheet of listed) {
    const part = sheet.relId === undefined ? undefined : targets.get(sheet.relId);
    if (part === undefined || !WORKSHEET_PART.test(part) || !directory.entries.has(part) || seen.has(part)) continue;
    seen.add(part);
    sheets.push({ name: sheet.name, state: sheet.state, part });
  }
  const unlisted = [...directory.entries.keys()].filter((name) => WORKSHEET_PART.test(name) && !seen.has(name)).sort((a, b) => worksheetNumber(a) - worksheetNumber(b));
  for (const part of unlisted) sheets.push({ name: `Sheet${/sheet(\d+)\.xml$/i.exec(part)?.[1] ?? ''}`, state: 'visible', part });
  return { sheets, date1904 };
}

/** Id → zip entry name of the workbook's relationships (targets resolved against xl/). */
async function readRelationships(bytes: Uint8Array, directory: ZipDirectory): Promise<Map<string, string>> {
  const targets = new Map<string, string>();
  const entry = directory.entries.get(WORKBOOK_RELS);
  if (!entry) return targets;
  await parsePart(bytes, entry, {
    open({ name, attributes }) {
      const id = attributes['Id'];
      const target = attributes['Target'];
      if (localName(name) === 'Relationship' && id !== undefined && target !== undefined && attributes['TargetMode'] !== 'External') targets.set(id, resolveTarget(target));
    },
    close() {},
    text() {},
  });
  return targets;
}

/** `worksheets/sheet1.xml` → `xl/worksheets/sheet1.xml`; `/xl/…` is from the package root. */
function resolveTarget(target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '..') out.pop();
    else if (segment !== '.' && segment !== '') out.push(segment);
  }
  return out.join('/');
}

/** The `r:id` attribute, whatever prefix the relationships namespace is bound to. */
function relationshipId(attributes: Readonly<Record<string, string>>): string | undefined {
  if (attributes['r:id'] !== undefined) return attributes['r:id'];
  for (const [key, value] of Object.entries(attributes)) if (key.endsWith(':id')) return value;
  return undefined;
}

const isTrue = (value: string | undefined): boolean => value === '1' || value === 'true';

/** Built-in number formats that show dates (§18.8.30): 14–17 and 22. */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 22]);

/** For each cell style (index of `cellXfs`), whether its number format shows a date. */
export async function readDateStyles(bytes: Uint8Array, directory: ZipDirectory): Promise<boolean[]> {
  const entry = directory.entries.get(STYLES);
  if (!entry) return [];
  const formats = new Map<number, string>();
  const styleFormats: number[] = [];
  let inCellXfs = false;
  await parsePart(bytes, entry, {
    open({ name: tagName, attributes }) {
      const name = localName(tagName);
      if (name === 'numFmt') formats.set(Number(attributes['numFmtId']), attributes['formatCode'] ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) styleFormats.push(Number(attributes['numFmtId'] ?? 0));
    },
    close(tag) {
      if (localName(tag.name) === 'cellXfs') inCellXfs = false;
    },
    text() {},
  });
  return styleFormats.map((id) => (formats.has(id) ? isDateFormat(formats.get(id)) : BUILT_IN_DATE_FORMATS.has(id)));
}

/**
 * The shared strings, in NFC: plain `<t>` or rich-text runs joined; phonetic runs (`<rPh>`, the
 * reading guide of East Asian text) are not part of the value.
 */
export async function readSharedStrings(bytes: Uint8Array, directory: ZipDirectory): Promise<string[]> {
  const entry = directory.entries.get(SHARED_STRINGS);
  if (!entry) return [];
  const strings: string[] = [];
  let current: string | null = null;
  let inText = false;
  let inPhonetic = false;
  await parsePart(bytes, entry, {
    open(tag) {
      const name = localName(tag.name);
      if (name === 'si') current = '';
      else if (name === 't') inText = current !== null && !inPhonetic;
      else if (name === 'rPh') inPhonetic = true;
    },
    close(tag) {
      const name = localName(tag.name);
      if (name === 't') inText = false;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 'si' && current !== null) {
        strings.push(toNfc(current));
        current = null;
      }
    },
    text(text) {
      if (inText) current += text;
    },
  });
  return strings;
}

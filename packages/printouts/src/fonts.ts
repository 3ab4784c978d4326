import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Noto Serif (SIL Open Font License 1.1: may be embedded and redistributed), from the pinned npm
 * package @expo-google-fonts/noto-serif. A serif face, as Vietnamese administrative documents are
 * set in Times New Roman (NĐ 30/2020), with every precomposed Vietnamese letter (ă â đ ê ô ơ ư and
 * the tone marks over them, ẫ ệ ờ ự…), so nothing is assembled from combining marks.
 * PDFKit embeds only the glyphs a document uses (subsetting), which keeps each printout small.
 */
const require = createRequire(import.meta.url);
const file = (style: string) => require.resolve(`@expo-google-fonts/noto-serif/${style}/NotoSerif_${style}.ttf`);

export const FONT_STYLES = {
  regular: '400Regular',
  bold: '700Bold',
  italic: '400Regular_Italic',
  boldItalic: '700Bold_Italic',
} as const;
export type FontStyle = keyof typeof FONT_STYLES;

const cache = new Map<FontStyle, Buffer>();

/** The font file's bytes, read once per process. */
export function fontBytes(style: FontStyle): Buffer {
  let bytes = cache.get(style);
  if (!bytes) {
    bytes = readFileSync(file(FONT_STYLES[style]));
    cache.set(style, bytes);
  }
  return bytes;
}

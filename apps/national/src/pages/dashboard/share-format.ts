import type { Locale } from '@ketnoi/ui';

/** A share (0–1) as a percentage with one decimal in the reader's locale: "85,7 %" / "85.7%". */
export const formatShare = (share: number, locale: Locale): string =>
  new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { style: 'percent', maximumFractionDigits: 1 }).format(share);

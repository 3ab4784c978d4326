import type { Locale, Messages } from './i18n.tsx';

/**
 * A feature's texts: Vietnamese first, English typed by the Vietnamese keys so a missing
 * translation fails the typecheck. Apps keep one file per feature (src/messages/<feature>.ts).
 */
export interface FeatureMessages<K extends string> {
  readonly keys: K;
  readonly vi: Readonly<Record<K, string>>;
  readonly en: Readonly<Record<K, string>>;
}

export const featureMessages = <const V extends Record<string, string>>(vi: V, en: Record<keyof V & string, string>): FeatureMessages<keyof V & string> =>
  ({ keys: undefined as never, vi, en });

/** An app's dictionary for `I18nProvider messages`: its features' texts merged, per locale. */
export const mergeFeatureMessages = (features: readonly FeatureMessages<string>[]): Readonly<Record<Locale, Messages>> => ({
  vi: Object.assign({}, ...features.map((f) => f.vi)) as Messages,
  en: Object.assign({}, ...features.map((f) => f.en)) as Messages,
});

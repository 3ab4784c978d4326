/**
 * A feature's texts: Vietnamese first, English typed by the Vietnamese keys so a missing
 * translation fails the typecheck.
 */
export interface FeatureMessages<K extends string> {
  readonly keys: K;
  readonly vi: Readonly<Record<K, string>>;
  readonly en: Readonly<Record<K, string>>;
}

export const featureMessages = <const V extends Record<string, string>>(vi: V, en: Record<keyof V & string, string>): FeatureMessages<keyof V & string> =>
  ({ keys: undefined as never, vi, en });

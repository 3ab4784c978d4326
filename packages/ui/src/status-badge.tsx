import type { DossierStatus } from '@ketnoi/domain';
import { useI18n } from './i18n/i18n.tsx';

/** The dossier's state in words (colour only repeats the words, never replaces them: WCAG 1.4.1). */
export function StatusBadge({ status }: { readonly status: DossierStatus }) {
  const { t } = useI18n();
  return <span className={`kn-badge kn-badge--status-${status.toLowerCase().replaceAll('_', '-')}`}>{t(`status.${status}`)}</span>;
}

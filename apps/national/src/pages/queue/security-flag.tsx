import { formatDate } from '@ketnoi/ui';
import { useT } from '../../use-t.ts';

export interface SecurityFlagProps {
  /** The API's flag: EXPIRED, EXPIRING (within 30 days) or null. */
  readonly expiry: 'EXPIRED' | 'EXPIRING' | null;
  /** `yyyy-MM-dd`, the confirmation's last valid day. */
  readonly validUntil: string | null;
}

/**
 * The A05 security confirmation's flag (domain.md §4): expired — re-certification due, the
 * connection may be suspended — or expiring within 30 days. Nothing when it is valid for longer.
 * Shown in the queue rows and on the dossier.
 */
export function SecurityFlag({ expiry, validUntil }: SecurityFlagProps) {
  const { t } = useT();
  if (!expiry || !validUntil) return null;
  return <span className={`kn-badge c06-flag c06-flag--${expiry === 'EXPIRED' ? 'expired' : 'expiring'}`}>{t(expiry === 'EXPIRED' ? 'security.expired' : 'security.expiring', { date: formatDate(validUntil) })}</span>;
}

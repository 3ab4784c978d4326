import { ConfirmDialog } from '@ketnoi/ui';
import { refusalOf } from '@ketnoi/client';
import { useT } from '../../use-t.ts';

export interface WithdrawConfirmProps {
  /** The dossier's code, named in the question when known. */
  readonly code?: string;
  /** Called each time the question opens (a new idempotency key per attempt). */
  readonly onOpen?: () => void;
  /** Withdraws; a rejection keeps the question open with the refusal in an alert. */
  readonly onConfirm: () => Promise<void>;
}

/**
 * "Rút hồ sơ" and its confirmation in a modal <dialog>: withdrawing is final (domain.md §4), so the
 * question opens on "Không rút", Escape or that button close it without a call, and focus goes back
 * to the button that opened it. The WITHDRAW command carries no field, so nothing is asked but yes or no.
 */
export function WithdrawConfirm({ code, onOpen, onConfirm }: WithdrawConfirmProps) {
  const { t } = useT();
  return (
    <ConfirmDialog
      openLabel={t('follow.withdraw.button')}
      title={code ? t('follow.withdraw.title', { code }) : t('follow.withdraw.titlePlain')}
      body={<p>{t('follow.withdraw.body')}</p>}
      confirmLabel={t('follow.withdraw.confirm')}
      busyLabel={t('follow.withdraw.confirming')}
      cancelLabel={t('follow.withdraw.keep')}
      {...(onOpen ? { onOpen } : {})}
      onConfirm={onConfirm}
      messageOf={(e) => refusalOf(e).message}
    />
  );
}

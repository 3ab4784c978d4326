import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { Alert } from '@ketnoi/ui';
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
  const titleId = `withdraw-${useId().replaceAll(':', '')}`;
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const keep = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);

  const show = () => {
    setRefusal(null);
    onOpen?.();
    setOpen(true);
    dialog.current?.showModal?.();
    keep.current?.focus();
  };
  const close = () => {
    if (dialog.current?.open) dialog.current.close();
  };
  // However it closes (button, Escape, the browser's own cancel), focus returns to the opener.
  const onClose = () => {
    setOpen(false);
    opener.current?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDialogElement>) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    if (!busy) close();
  };
  const confirm = async () => {
    setBusy(true);
    setRefusal(null);
    try {
      await onConfirm();
      close();
    } catch (error) {
      setRefusal(refusalOf(error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button ref={opener} type="button" className="kn-button kn-button--secondary" aria-haspopup="dialog" aria-expanded={open} onClick={show}>
        {t('follow.withdraw.button')}
      </button>
      <dialog ref={dialog} className="kn-dialog" aria-labelledby={titleId} onClose={onClose} onCancel={(e) => busy && e.preventDefault()} onKeyDown={onKeyDown}>
        <h2 id={titleId}>{code ? t('follow.withdraw.title', { code }) : t('follow.withdraw.titlePlain')}</h2>
        <p>{t('follow.withdraw.body')}</p>
        {refusal ? (
          <Alert>
            <span lang="vi">{refusal}</span>
          </Alert>
        ) : null}
        <div className="kn-actions">
          <button ref={keep} type="button" className="kn-button kn-button--secondary" onClick={close} disabled={busy}>
            {t('follow.withdraw.keep')}
          </button>
          <button type="button" className="kn-button" onClick={confirm} disabled={busy} aria-disabled={busy}>
            {busy ? t('follow.withdraw.confirming') : t('follow.withdraw.confirm')}
          </button>
        </div>
      </dialog>
    </>
  );
}

import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { refusalOf } from '@ketnoi/client';
import { Alert } from '@ketnoi/ui';
import { useT } from '../../use-t.ts';

export interface ConfirmDialogProps {
  /** The button that opens the question (names its row: "Khóa tài khoản pc06.hanoi"). */
  readonly openLabel: string;
  readonly title: string;
  readonly body: ReactNode;
  readonly confirmLabel: string;
  /** Called each time the question opens (a new idempotency key per attempt). */
  readonly onOpen?: () => void;
  /** Does it; a refusal keeps the question open with the server's words. */
  readonly onConfirm: () => Promise<void>;
}

/**
 * A change that cannot simply be undone (disabling a user, deactivating a unit) asks first, in a
 * modal <dialog>: it opens on "Hủy", Escape closes it without a call, focus returns to the opener.
 */
export function ConfirmDialog({ openLabel, title, body, confirmLabel, onOpen, onConfirm }: ConfirmDialogProps) {
  const { t } = useT();
  const titleId = `confirm-${useId().replaceAll(':', '')}`;
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
        {openLabel}
      </button>
      <dialog ref={dialog} className="kn-dialog" aria-labelledby={titleId} onClose={onClose} onCancel={(e) => busy && e.preventDefault()} onKeyDown={onKeyDown}>
        <h2 id={titleId}>{title}</h2>
            <div>{body}</div>
            {refusal ? (
              <Alert>
                <span lang="vi">{refusal}</span>
              </Alert>
            ) : null}
            <div className="kn-actions">
              <button ref={keep} type="button" className="kn-button kn-button--secondary" onClick={close} disabled={busy}>
                {t('admin.confirm.cancel')}
              </button>
              <button type="button" className="kn-button" onClick={() => void confirm()} disabled={busy}>
                {busy ? t('admin.saving') : confirmLabel}
              </button>
            </div>
      </dialog>
    </>
  );
}

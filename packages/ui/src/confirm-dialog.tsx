import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Alert } from './alert.tsx';

export interface ConfirmDialogProps {
  /** The button that opens the question (names what it acts on: "Khóa tài khoản pc06.hanoi"). */
  readonly openLabel: ReactNode;
  readonly title: ReactNode;
  readonly body: ReactNode;
  readonly confirmLabel: ReactNode;
  /** Shown on the confirm button while it works. */
  readonly busyLabel: ReactNode;
  /** The button that closes the question without doing anything; focus starts there. */
  readonly cancelLabel: ReactNode;
  /** Called each time the question opens (a new idempotency key per attempt). */
  readonly onOpen?: () => void;
  /** Does it; a rejection keeps the question open with `messageOf(error)` in an alert. */
  readonly onConfirm: () => Promise<void>;
  /** The words of a refusal (the app passes its client's reading of the API's answer). */
  readonly messageOf: (error: unknown) => string;
}

/**
 * A step that cannot simply be undone (withdrawing a dossier, disabling a user, deactivating a
 * unit) asks first, in a modal <dialog>: it opens on the cancel button, Escape or that button
 * close it without a call, and however it closes focus goes back to the button that opened it.
 */
export function ConfirmDialog({ openLabel, title, body, confirmLabel, busyLabel, cancelLabel, onOpen, onConfirm, messageOf }: ConfirmDialogProps) {
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
      setRefusal(messageOf(error));
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
            {cancelLabel}
          </button>
          <button type="button" className="kn-button" onClick={() => void confirm()} disabled={busy} aria-disabled={busy}>
            {busy ? busyLabel : confirmLabel}
          </button>
        </div>
      </dialog>
    </>
  );
}

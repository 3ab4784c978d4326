import { useEffect, useId, useRef } from 'react';
import { useT } from '../../use-t.ts';

export interface ConfirmStepProps {
  /** What will happen, said plainly ("Hồ sơ HS-… sẽ bị từ chối…"). */
  readonly question: string;
  readonly confirmLabel: string;
  readonly submitting: boolean;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/**
 * The second step of a decision that cannot be undone (reject, revoke): the form's values are
 * checked, then the officer confirms here. Focus moves to the question, so it is read out; "Quay
 * lại" returns to the form with nothing sent.
 */
export function ConfirmStep({ question, confirmLabel, submitting, onConfirm, onCancel }: ConfirmStepProps) {
  const { t } = useT();
  const id = `confirm-${useId().replaceAll(':', '')}`;
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="c06-confirm" role="alertdialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-body`} tabIndex={-1} ref={ref}>
      <p id={`${id}-title`} className="c06-confirm__title">
        {t('dossier.confirm.title')}
      </p>
      <p id={`${id}-body`}>{question}</p>
      <div className="kn-actions">
        <button type="button" className="kn-button kn-button--danger" disabled={submitting} onClick={onConfirm}>
          {submitting ? t('dossier.working') : confirmLabel}
        </button>
        <button type="button" className="kn-button kn-button--secondary" disabled={submitting} onClick={onCancel}>
          {t('dossier.confirm.cancel')}
        </button>
      </div>
    </div>
  );
}

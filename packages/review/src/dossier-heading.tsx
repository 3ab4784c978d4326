import { useEffect, useRef } from 'react';
import { Alert, Link } from '@ketnoi/ui';
import type { DossierView } from './dossier-view.ts';
import type { CommandOutcome } from './use-review-command.ts';
import { useReviewT } from './use-review-t.ts';

export interface DossierHeadingProps {
  readonly dossier: DossierView;
  readonly queueRoute: string;
  readonly outcome: CommandOutcome<string>;
  /** The app's class for the outcome's (focusable, outline-less) box. */
  readonly outcomeClassName: string;
}

/**
 * The screen's top: back to the queue, the dossier's code as the page title, and the outcome of the
 * last command — announced and focused, wherever on the page the officer clicked.
 */
export function DossierHeading({ dossier, queueRoute, outcome, outcomeClassName }: DossierHeadingProps) {
  const { t } = useReviewT();
  const outcomeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (outcome) outcomeRef.current?.focus();
  }, [outcome]);
  return (
    <>
      <p>
        <Link to={queueRoute}>{t('dossier.back')}</Link>
      </p>
      <h1>{t('dossier.title', { code: dossier.code })}</h1>
      <div ref={outcomeRef} tabIndex={-1} className={outcomeClassName}>
        {outcome ? (
          <Alert tone={outcome.tone}>
            <span lang="vi">{outcome.text}</span>
          </Alert>
        ) : null}
      </div>
    </>
  );
}

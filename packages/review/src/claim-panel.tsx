import type { ReactNode } from 'react';
import type { AllowedCommand, DossierView } from './dossier-view.ts';
import { useReviewT } from './use-review-t.ts';

export interface ClaimPanelProps {
  readonly dossier: DossierView;
  readonly userId: string;
  /** The status in which this role reviews (and claims) a dossier. */
  readonly reviewStatus: 'PROVINCIAL_REVIEW' | 'NATIONAL_REVIEW';
  /** The command being sent, if any: its button says "working", every button waits. */
  readonly pending: AllowedCommand | null;
  /** The role's own words: who holds the dossier, and why to claim it first. */
  readonly heldByOther: (name: string) => string;
  readonly claimFirst: string;
  /** Said under those hints (e.g. that there is nothing to do in this status). */
  readonly notice?: ReactNode;
  readonly onClaim: () => void;
  readonly onRelease: () => void;
}

/**
 * Claim, take over or release, as `allowedCommands` allows (the domain's table): a dossier held by a
 * colleague says who holds it and offers a takeover; review decisions need the claim first.
 */
export function ClaimPanel({ dossier: d, userId, reviewStatus, pending, heldByOther, claimFirst, notice, onClaim, onRelease }: ClaimPanelProps) {
  const { t } = useReviewT();
  const can = (c: AllowedCommand) => d.allowedCommands.includes(c);
  const mine = d.holderUserId === userId;
  const busy = pending !== null;
  return (
    <>
      {d.status === reviewStatus && d.holderName !== null && !mine ? <p>{heldByOther(d.holderName)}</p> : null}
      {d.status === reviewStatus && d.holderName === null ? <p>{claimFirst}</p> : null}
      {notice}
      <div className="kn-actions">
        {can('CLAIM') ? (
          <button type="button" className="kn-button" disabled={busy} onClick={onClaim}>
            {pending === 'CLAIM' ? t('dossier.working') : d.holderName === null ? t('dossier.claim') : t('dossier.takeOver')}
          </button>
        ) : null}
        {can('RELEASE') ? (
          <button type="button" className="kn-button kn-button--secondary" disabled={busy} onClick={onRelease}>
            {pending === 'RELEASE' ? t('dossier.working') : t('dossier.release')}
          </button>
        ) : null}
      </div>
    </>
  );
}

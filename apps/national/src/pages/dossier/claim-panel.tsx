import { useT } from '../../use-t.ts';
import type { AllowedCommand, DossierView } from './dossier-view.ts';
import type { CommandKind } from './use-dossier-command.ts';

export interface ClaimPanelProps {
  readonly dossier: DossierView;
  readonly userId: string;
  readonly pending: CommandKind | null;
  readonly onClaim: () => void;
  readonly onRelease: () => void;
}

/**
 * Claim, take over or release, as `allowedCommands` allows (the domain's table): a dossier held by a
 * colleague says who holds it and offers a takeover; review decisions need the claim first.
 */
export function ClaimPanel({ dossier: d, userId, pending, onClaim, onRelease }: ClaimPanelProps) {
  const { t } = useT();
  const can = (c: AllowedCommand) => d.allowedCommands.includes(c);
  const mine = d.holderUserId === userId;
  const busy = pending !== null;
  return (
    <>
      {d.status === 'NATIONAL_REVIEW' && d.holderName !== null && !mine ? <p>{t('dossier.heldByOther', { name: d.holderName })}</p> : null}
      {d.status === 'NATIONAL_REVIEW' && d.holderName === null ? <p>{t('dossier.claimFirst')}</p> : null}
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

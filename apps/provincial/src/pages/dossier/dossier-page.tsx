import { useState } from 'react';
import type { DossierPart } from '@ketnoi/domain';
import { AccountsPanel, ChangesPanel, ClaimPanel, DeficienciesView, DossierFacts, DossierHeading, DossierLoader, OnThisPage, PartsPanel, TimelinePanel, useServiceName } from '@ketnoi/review';
import { EMPTY_PART_REVIEW, PartChecklist, REVIEW_PARTS, type ChecklistResult, type PartReview } from '@ketnoi/ui';
import { ROUTES } from '../../routes.ts';
import { useT } from '../../use-t.ts';
import { SECTION_IDS, supplementRequestHref, type DossierView } from './dossier-view.ts';
import { ForwardPanel } from './forward-panel.tsx';
import { ReturnPanel } from './return-panel.tsx';
import { useDossierCommand } from './use-dossier-command.ts';

/**
 * `/pc06/ho-so/:id` — the review screen: overview and claim, the four parts with their checklists,
 * the account list, the changes since the previous version, the history, and (for the holder) return
 * with deficiencies or forward to C06 with an opinion. Only the commands `dossier.get` lists in
 * `allowedCommands` are offered.
 *
 * A dossier of another province answers NOT_FOUND like a missing one (jurisdiction), and the page
 * says "not found" the same way for both.
 */
export function DossierPage({ dossierId, userId }: { readonly dossierId: string; readonly userId: string }) {
  return (
    <DossierLoader dossierId={dossierId} queueRoute={ROUTES.queue}>
      {(dossier) => <ReviewScreen dossier={dossier} userId={userId} />}
    </DossierLoader>
  );
}

const emptyReviews = (): Record<DossierPart, PartReview> => Object.fromEntries(REVIEW_PARTS.map((p) => [p, EMPTY_PART_REVIEW])) as Record<DossierPart, PartReview>;

function ReviewScreen({ dossier: d, userId }: { readonly dossier: DossierView; readonly userId: string }) {
  const { t } = useT();
  const { run, pending, outcome } = useDossierCommand(d);
  const [reviews, setReviews] = useState(emptyReviews);
  const serviceName = useServiceName();
  const can = (c: 'CLAIM' | 'RELEASE' | 'RETURN' | 'FORWARD') => d.allowedCommands.includes(c);
  const checklist = Object.fromEntries(REVIEW_PARTS.flatMap((p) => (reviews[p].result ? [[p, reviews[p].result]] : []))) as Partial<Record<DossierPart, ChecklistResult>>;
  const setResult = (part: DossierPart, result: ChecklistResult) => setReviews((all) => ({ ...all, [part]: { ...all[part], result } }));

  const sections = [
    { id: SECTION_IDS.parts, label: t('dossier.parts.title') },
    { id: SECTION_IDS.accounts, label: t('dossier.accounts.title') },
    ...(d.version >= 2 ? [{ id: SECTION_IDS.changes, label: t('dossier.changes.title') }] : []),
    { id: SECTION_IDS.timeline, label: t('dossier.timeline.title') },
    ...(can('RETURN') ? [{ id: SECTION_IDS.return, label: t('dossier.return.title') }] : []),
    ...(can('FORWARD') ? [{ id: SECTION_IDS.forward, label: t('dossier.forward.title') }] : []),
  ];

  return (
    <>
      <DossierHeading dossier={d} queueRoute={ROUTES.queue} outcome={outcome} outcomeClassName="pc-outcome" />
      <div className="pc-overview">
        <section className="kn-card" aria-labelledby="dossier-facts">
          <h2 id="dossier-facts">{t('dossier.facts')}</h2>
          <DossierFacts dossier={d} userId={userId} />
          <ClaimPanel
            dossier={d}
            userId={userId}
            reviewStatus="PROVINCIAL_REVIEW"
            pending={pending}
            heldByOther={(name) => t('dossier.heldByOther', { name })}
            claimFirst={t('dossier.claimFirst')}
            notice={!can('RETURN') && !can('FORWARD') && !can('CLAIM') && !can('RELEASE') ? <p>{t('dossier.noActions')}</p> : null}
            onClaim={() => void run({ kind: 'CLAIM' })}
            onRelease={() => void run({ kind: 'RELEASE' })}
          />
          {d.status === 'RETURNED' ? (
            <>
              <DeficienciesView deficiencies={d.deficiencies ?? []} title={t('dossier.deficiencies.current')} />
              <p>
                <a href={supplementRequestHref(d.id)} download>
                  {t('dossier.return.pdf')}
                </a>
              </p>
            </>
          ) : null}
        </section>
        <OnThisPage sections={sections} className="kn-card pc-toc" />
      </div>
      <PartsPanel
        dossier={d}
        serviceName={serviceName}
        title={t('dossier.parts.title')}
        intro={<p>{t('dossier.parts.intro')}</p>}
        partFooter={(part) => <PartChecklist part={part} value={reviews[part]} onChange={(next) => setReviews((all) => ({ ...all, [part]: next }))} />}
        classPrefix="pc"
      />
      <AccountsPanel dossierId={d.id} version={d.version} sectionClassName="pc-section" />
      {d.version >= 2 ? <ChangesPanel dossierId={d.id} version={d.version} serviceName={serviceName} sectionClassName="pc-section" /> : null}
      <TimelinePanel dossierId={d.id} sectionClassName="pc-section" />
      {can('RETURN') ? <ReturnPanel submitting={pending === 'RETURN'} onReturn={(deficiencies) => void run({ kind: 'RETURN', deficiencies })} /> : null}
      {can('FORWARD') ? <ForwardPanel checklist={checklist} onChecklistChange={setResult} submitting={pending === 'FORWARD'} onForward={(opinion) => void run({ kind: 'FORWARD', opinion })} /> : null}
    </>
  );
}

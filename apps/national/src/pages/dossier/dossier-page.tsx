import './dossier.css';
import { useQuery } from '@tanstack/react-query';
import { AccountsPanel, ChangesPanel, ClaimPanel, DeficienciesView, DossierHeading, DossierLoader, OnThisPage, PartsPanel, TimelinePanel, useServiceName } from '@ketnoi/review';
import { ROUTES } from '../../routes.ts';
import { useTRPC } from '../../trpc.ts';
import { useT } from '../../use-t.ts';
import { DecisionsPanel, decisionsOf } from './decisions-panel.tsx';
import { DossierFacts } from './dossier-facts.tsx';
import { SECTION_IDS, type DossierView } from './dossier-view.ts';
import { OpinionView } from './opinion-view.tsx';
import { useDossierCommand } from './use-dossier-command.ts';

/**
 * `/c06/ho-so/:id` — the C06 dossier screen: overview with the A05 flag, claim, PC06's opinion when
 * forwarded, the four parts with their documents, the account list, the changes since the previous
 * version, the history, and the decisions `dossier.get` lists in `allowedCommands` (approve, return,
 * reject, record the connection, suspend, resume, revoke). A missing dossier says "not found".
 */
export function DossierPage({ dossierId, userId }: { readonly dossierId: string; readonly userId: string }) {
  return (
    <DossierLoader dossierId={dossierId} queueRoute={ROUTES.queue}>
      {(dossier) => <DecisionScreen dossier={dossier} userId={userId} />}
    </DossierLoader>
  );
}

function DecisionScreen({ dossier: d, userId }: { readonly dossier: DossierView; readonly userId: string }) {
  const { t } = useT();
  const trpc = useTRPC();
  const { run, pending, outcome } = useDossierCommand(d);
  const serviceName = useServiceName();
  const provinces = useQuery({ ...trpc.reference.provinces.queryOptions(), staleTime: 10 * 60_000, enabled: d.route === 'PROVINCIAL' });
  const provinceName = provinces.data?.find((p) => p.code === d.queueProvinceCode)?.name ?? null;
  const decisions = decisionsOf(d);

  const sections = [
    ...(d.lastOpinion ? [{ id: SECTION_IDS.opinion, label: t('dossier.opinion.title') }] : []),
    ...(decisions.length > 0 ? [{ id: SECTION_IDS.decisions, label: t('dossier.decisions.title') }] : []),
    { id: SECTION_IDS.parts, label: t('dossier.parts.title') },
    { id: SECTION_IDS.accounts, label: t('dossier.accounts.title') },
    ...(d.version >= 2 ? [{ id: SECTION_IDS.changes, label: t('dossier.changes.title') }] : []),
    { id: SECTION_IDS.timeline, label: t('dossier.timeline.title') },
  ];

  return (
    <>
      <DossierHeading dossier={d} queueRoute={ROUTES.queue} outcome={outcome} outcomeClassName="c06-outcome" />
      <div className="c06-overview">
        <section className="kn-card" aria-labelledby="dossier-facts">
          <h2 id="dossier-facts">{t('dossier.facts')}</h2>
          <DossierFacts dossier={d} userId={userId} provinceName={provinceName} />
          <ClaimPanel
            dossier={d}
            userId={userId}
            reviewStatus="NATIONAL_REVIEW"
            pending={pending}
            heldByOther={(name) => t('dossier.heldByOther', { name })}
            claimFirst={t('dossier.claimFirst')}
            onClaim={() => void run({ kind: 'CLAIM' })}
            onRelease={() => void run({ kind: 'RELEASE' })}
          />
          {decisions.length === 0 && !d.allowedCommands.includes('CLAIM') && !d.allowedCommands.includes('RELEASE') ? <p>{t('dossier.noActions')}</p> : null}
          {d.deficiencies && d.deficiencies.length > 0 ? <DeficienciesView deficiencies={d.deficiencies} title={t('dossier.deficiencies.last')} /> : null}
        </section>
        <OnThisPage sections={sections} className="kn-card" />
      </div>
      {d.lastOpinion ? <OpinionView opinion={d.lastOpinion} /> : null}
      <DecisionsPanel dossier={d} pending={pending} run={(command) => void run(command)} />
      <PartsPanel dossier={d} serviceName={serviceName} title={t('dossier.parts.title')} classPrefix="c06" />
      <AccountsPanel dossierId={d.id} version={d.version} sectionClassName="c06-section" />
      {d.version >= 2 ? <ChangesPanel dossierId={d.id} version={d.version} serviceName={serviceName} sectionClassName="c06-section" /> : null}
      <TimelinePanel dossierId={d.id} sectionClassName="c06-section" />
    </>
  );
}

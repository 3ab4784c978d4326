import './dossier.css';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef } from 'react';
import { refusalOf } from '@ketnoi/client';
import { Alert, Link } from '@ketnoi/ui';
import { ROUTES } from '../../routes.ts';
import { useTRPC } from '../../trpc.ts';
import { useT } from '../../use-t.ts';
import { AccountsPanel } from './accounts-panel.tsx';
import { ChangesPanel } from './changes-panel.tsx';
import { ClaimPanel } from './claim-panel.tsx';
import { DecisionsPanel, decisionsOf } from './decisions-panel.tsx';
import { DeficienciesView } from './deficiencies-view.tsx';
import { DossierFacts } from './dossier-facts.tsx';
import { SECTION_IDS, type DossierView } from './dossier-view.ts';
import { OpinionView } from './opinion-view.tsx';
import { PartsPanel } from './parts-panel.tsx';
import { TimelinePanel } from './timeline-panel.tsx';
import { useDossierCommand } from './use-dossier-command.ts';

/**
 * `/c06/ho-so/:id` — the C06 dossier screen: overview with the A05 flag, claim, PC06's opinion when
 * forwarded, the four parts with their documents, the account list, the changes since the previous
 * version, the history, and the decisions `dossier.get` lists in `allowedCommands` (approve, return,
 * reject, record the connection, suspend, resume, revoke). A missing dossier says "not found".
 */
export function DossierPage({ dossierId, userId }: { readonly dossierId: string; readonly userId: string }) {
  const { t } = useT();
  const trpc = useTRPC();
  const dossier = useQuery(trpc.dossier.get.queryOptions({ dossierId }));

  if (dossier.isPending) return <p role="status">{t('common.loading')}</p>;
  if (dossier.isError) {
    const refusal = refusalOf(dossier.error);
    const missing = refusal.appCode === 'NOT_FOUND' || refusal.appCode === 'VALIDATION';
    return (
      <>
        <h1>{missing ? t('dossier.notFound') : t('notFound.title')}</h1>
        <Alert>
          <span lang="vi">{refusal.message}</span>
        </Alert>
        {missing ? null : (
          <button type="button" className="kn-button kn-button--secondary" onClick={() => void dossier.refetch()}>
            {t('common.retry')}
          </button>
        )}
        <p>
          <Link to={ROUTES.queue}>{t('dossier.back')}</Link>
        </p>
      </>
    );
  }
  return <DecisionScreen dossier={dossier.data} userId={userId} />;
}

function DecisionScreen({ dossier: d, userId }: { readonly dossier: DossierView; readonly userId: string }) {
  const { t } = useT();
  const trpc = useTRPC();
  const { run, pending, outcome } = useDossierCommand(d);
  const services = useQuery({ ...trpc.reference.services.queryOptions(), staleTime: 10 * 60_000 });
  const provinces = useQuery({ ...trpc.reference.provinces.queryOptions(), staleTime: 10 * 60_000, enabled: d.route === 'PROVINCIAL' });
  const names = useMemo(() => new Map((services.data ?? []).map((s) => [s.code, s.name])), [services.data]);
  const serviceName = (code: string) => names.get(code);
  const provinceName = provinces.data?.find((p) => p.code === d.queueProvinceCode)?.name ?? null;
  const decisions = decisionsOf(d);

  // The outcome of a command is announced and focused, wherever on the page the officer clicked.
  const outcomeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (outcome) outcomeRef.current?.focus();
  }, [outcome]);

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
      <p>
        <Link to={ROUTES.queue}>{t('dossier.back')}</Link>
      </p>
      <h1>{t('dossier.title', { code: d.code })}</h1>
      <div ref={outcomeRef} tabIndex={-1} className="c06-outcome">
        {outcome ? (
          <Alert tone={outcome.tone}>
            <span lang="vi">{outcome.text}</span>
          </Alert>
        ) : null}
      </div>
      <div className="c06-overview">
        <section className="kn-card" aria-labelledby="dossier-facts">
          <h2 id="dossier-facts">{t('dossier.facts')}</h2>
          <DossierFacts dossier={d} userId={userId} provinceName={provinceName} />
          <ClaimPanel dossier={d} userId={userId} pending={pending} onClaim={() => void run({ kind: 'CLAIM' })} onRelease={() => void run({ kind: 'RELEASE' })} />
          {decisions.length === 0 && !d.allowedCommands.includes('CLAIM') && !d.allowedCommands.includes('RELEASE') ? <p>{t('dossier.noActions')}</p> : null}
          {d.deficiencies && d.deficiencies.length > 0 ? <DeficienciesView deficiencies={d.deficiencies} /> : null}
        </section>
        <nav className="kn-card" aria-labelledby="dossier-toc">
          <h2 id="dossier-toc">{t('dossier.onThisPage')}</h2>
          <ul className="kn-checklist">
            {sections.map((s) => (
              <li key={s.id}>
                <a href={`#${s.id}`}>{s.label}</a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      {d.lastOpinion ? <OpinionView opinion={d.lastOpinion} /> : null}
      <DecisionsPanel dossier={d} pending={pending} run={(command) => void run(command)} />
      <PartsPanel dossier={d} serviceName={serviceName} />
      <AccountsPanel dossierId={d.id} version={d.version} />
      {d.version >= 2 ? <ChangesPanel dossierId={d.id} version={d.version} serviceName={serviceName} /> : null}
      <TimelinePanel dossierId={d.id} />
    </>
  );
}

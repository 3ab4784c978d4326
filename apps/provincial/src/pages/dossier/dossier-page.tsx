import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { refusalOf } from '@ketnoi/client';
import type { DossierPart } from '@ketnoi/domain';
import { Alert, EMPTY_PART_REVIEW, Link, REVIEW_PARTS, type ChecklistResult, type PartReview } from '@ketnoi/ui';
import { ROUTES } from '../../routes.ts';
import { useTRPC } from '../../trpc.ts';
import { useT } from '../../use-t.ts';
import { AccountsPanel } from './accounts-panel.tsx';
import { ChangesPanel } from './changes-panel.tsx';
import { ClaimPanel } from './claim-panel.tsx';
import { DeficienciesView } from './deficiencies-view.tsx';
import { DossierFacts } from './dossier-facts.tsx';
import { SECTION_IDS, supplementRequestHref, type DossierView } from './dossier-view.ts';
import { ForwardPanel } from './forward-panel.tsx';
import { PartsPanel } from './parts-panel.tsx';
import { ReturnPanel } from './return-panel.tsx';
import { TimelinePanel } from './timeline-panel.tsx';
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
  return <ReviewScreen dossier={dossier.data} userId={userId} />;
}

const emptyReviews = (): Record<DossierPart, PartReview> => Object.fromEntries(REVIEW_PARTS.map((p) => [p, EMPTY_PART_REVIEW])) as Record<DossierPart, PartReview>;

function ReviewScreen({ dossier: d, userId }: { readonly dossier: DossierView; readonly userId: string }) {
  const { t } = useT();
  const trpc = useTRPC();
  const { run, pending, outcome } = useDossierCommand(d);
  const [reviews, setReviews] = useState(emptyReviews);
  const services = useQuery({ ...trpc.reference.services.queryOptions(), staleTime: 10 * 60_000 });
  const names = useMemo(() => new Map((services.data ?? []).map((s) => [s.code, s.name])), [services.data]);
  const serviceName = (code: string) => names.get(code);
  const can = (c: 'RETURN' | 'FORWARD') => d.allowedCommands.includes(c);
  const checklist = Object.fromEntries(REVIEW_PARTS.flatMap((p) => (reviews[p].result ? [[p, reviews[p].result]] : []))) as Partial<Record<DossierPart, ChecklistResult>>;
  const setResult = (part: DossierPart, result: ChecklistResult) => setReviews((all) => ({ ...all, [part]: { ...all[part], result } }));

  // The outcome of a command is announced and focused, wherever on the page the officer clicked.
  const outcomeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (outcome) outcomeRef.current?.focus();
  }, [outcome]);

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
      <p>
        <Link to={ROUTES.queue}>{t('dossier.back')}</Link>
      </p>
      <h1>{t('dossier.title', { code: d.code })}</h1>
      <div ref={outcomeRef} tabIndex={-1} className="pc-outcome">
        {outcome ? (
          <Alert tone={outcome.tone}>
            <span lang="vi">{outcome.text}</span>
          </Alert>
        ) : null}
      </div>
      <div className="pc-overview">
        <section className="kn-card" aria-labelledby="dossier-facts">
          <h2 id="dossier-facts">{t('dossier.facts')}</h2>
          <DossierFacts dossier={d} userId={userId} />
          <ClaimPanel dossier={d} userId={userId} pending={pending} onClaim={() => void run({ kind: 'claim' })} onRelease={() => void run({ kind: 'release' })} />
          {d.status === 'RETURNED' ? (
            <>
              <DeficienciesView deficiencies={d.deficiencies ?? []} />
              <p>
                <a href={supplementRequestHref(d.id)} download>
                  {t('dossier.return.pdf')}
                </a>
              </p>
            </>
          ) : null}
        </section>
        <nav className="kn-card pc-toc" aria-labelledby="dossier-toc">
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
      <PartsPanel dossier={d} reviews={reviews} onReviewChange={(part, next) => setReviews((all) => ({ ...all, [part]: next }))} serviceName={serviceName} />
      <AccountsPanel dossierId={d.id} version={d.version} />
      {d.version >= 2 ? <ChangesPanel dossierId={d.id} version={d.version} serviceName={serviceName} /> : null}
      <TimelinePanel dossierId={d.id} />
      {can('RETURN') ? <ReturnPanel submitting={pending === 'return'} onReturn={(deficiencies) => void run({ kind: 'return', deficiencies })} /> : null}
      {can('FORWARD') ? <ForwardPanel checklist={checklist} onChecklistChange={setResult} submitting={pending === 'forward'} onForward={(opinion) => void run({ kind: 'forward', opinion })} /> : null}
    </>
  );
}

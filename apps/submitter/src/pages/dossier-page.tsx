import { useQuery } from '@tanstack/react-query';
import { DOSSIER_PARTS, type DossierPart } from '@ketnoi/domain';
import { Alert, DataTable, DeadlineBadge, StatusBadge, formatDateTime, Link } from '@ketnoi/ui';
import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@ketnoi/api';
import { refusalOf } from '@ketnoi/client';
import { dossierPath, FOLLOW_SEGMENTS, PART_SEGMENTS, targetOfIssuePath } from './dossier-routes.ts';
import { WithdrawButton } from './follow/withdraw-button.tsx';
import { SubmitPanel } from './submit/submit-panel.tsx';
import { useTRPC } from '../trpc.ts';
import { useT } from '../use-t.ts';

type DossierView = inferRouterOutputs<AppRouter>['dossier']['get'];
type T = ReturnType<typeof useT>['t'];

/** What each of the four parts holds so far, in a few words. */
function partState(part: DossierPart, d: DossierView, t: T): string {
  switch (part) {
    case 'ORG_COMMITMENT': {
      const doc = d.orgCommitment.document;
      return doc ? t('part.documentAttached', { ref: doc.numberAndSymbol }) : t('part.missing');
    }
    case 'ACCOUNT_LIST':
      return d.accountCount > 0 ? t('part.accounts', { n: d.accountCount }) : t('part.missing');
    case 'SERVICE_REGISTRATION':
      return d.serviceRegistration.lines.length > 0 ? t('part.services', { n: d.serviceRegistration.lines.length }) : t('part.missing');
    case 'SECURITY_CONFIRMATION': {
      const doc = d.securityConfirmation.confirmation.document;
      if (doc) return t('part.documentAttached', { ref: doc.numberAndSymbol });
      return d.securityConfirmation.survey ? t('part.surveyOnly') : t('part.missing');
    }
  }
}

/** The dossier workspace: state and deadline, the four parts, the live checklist, and what can be done next. */
export function DossierPage({ dossierId }: { readonly dossierId: string }) {
  const { t } = useT();
  const trpc = useTRPC();
  const dossier = useQuery(trpc.dossier.get.queryOptions({ dossierId }));
  // The checklist is about what can still be edited: a draft, or a dossier returned for completion.
  const editable = dossier.data?.editableVersion != null;
  const completeness = useQuery(trpc.submitter.dossiers.completeness.queryOptions({ dossierId }, { enabled: editable }));

  if (dossier.isError) {
    return (
      <>
        <h1>{t('notFound.title')}</h1>
        <Alert>{refusalOf(dossier.error).message}</Alert>
        <Link to="/">{t('dossier.back')}</Link>
      </>
    );
  }
  if (!dossier.data) return <p role="status">{t('common.loading')}</p>;
  const d = dossier.data;
  const issues = completeness.data?.issues ?? [];
  const errors = issues.filter((i) => i.severity === 'error').length;

  return (
    <>
      <p>
        <Link to="/">{t('dossier.back')}</Link>
      </p>
      <h1>{d.code}</h1>
      <section className="kn-card" aria-labelledby="facts-title">
        <h2 id="facts-title">{t('dossier.facts')}</h2>
        <dl className="kn-facts">
          <dt>{t('dossier.status')}</dt>
          <dd>
            <StatusBadge status={d.status} />
          </dd>
          <dt>{t('dossier.system')}</dt>
          <dd>{d.systemName}</dd>
          <dt>{t('dossier.deadline')}</dt>
          <dd>
            <DeadlineBadge dueOn={d.stageDueOn} state={d.deadline} />
          </dd>
          <dt>{t('dossier.version')}</dt>
          <dd>{d.editableVersion ?? d.version}</dd>
          <dt>{t('dossier.updatedAt')}</dt>
          <dd>{formatDateTime(d.updatedAt)}</dd>
        </dl>
      </section>

      <h2>{t('dossier.parts')}</h2>
      <DataTable
        caption={t('dossier.partsCaption')}
        columns={[
          { key: 'part', header: t('dossier.part'), rowHeader: true, cell: (p: DossierPart) => <Link to={dossierPath(d.id, PART_SEGMENTS[p])}>{t(`part.${p}`)}</Link> },
          { key: 'state', header: t('dossier.partState'), cell: (p: DossierPart) => partState(p, d, t) },
        ]}
        rows={DOSSIER_PARTS}
        rowKey={(p) => p}
        empty=""
      />

      {d.status === 'RETURNED' && d.deficiencies && d.deficiencies.length > 0 ? (
        <section className="kn-card" aria-labelledby="deficiencies-title">
          <h2 id="deficiencies-title">{t('dossier.deficiencies')}</h2>
          <ul className="kn-checklist">
            {d.deficiencies.map((def, i) => (
              <li key={i}>
                <strong>{t(`part.${def.part}`)}</strong>
                {def.rows ? ` (${t('dossier.rows', { rows: def.rows.join(', ') })})` : ''}: <span lang="vi">{def.reason}</span>{' '}
                <Link to={dossierPath(d.id, PART_SEGMENTS[def.part])}>{t('workspace.deficiencyLink')}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="completeness-title">
        <h2 id="completeness-title">{t('dossier.completeness')}</h2>
        {!editable ? (
          <p>{t('dossier.notEditable')}</p>
        ) : completeness.isError ? (
          <Alert>{refusalOf(completeness.error).message}</Alert>
        ) : !completeness.data ? (
          <p role="status">{t('common.loading')}</p>
        ) : errors === 0 && issues.length === 0 ? (
          <p>{t('dossier.complete')}</p>
        ) : (
          <>
            <p>{errors === 0 ? t('dossier.complete') : t('dossier.incomplete', { n: errors })}</p>
            <ul className="kn-checklist">
              {issues.map((issue, i) => (
                <li key={`${issue.code}-${i}`} className={`kn-issue--${issue.severity}`}>
                  <strong>{t(`dossier.severity.${issue.severity}`)}:</strong> <IssueLink dossierId={d.id} path={issue.path}>{issue.message}</IssueLink>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      {d.allowedCommands.includes('SUBMIT') || d.allowedCommands.includes('RESUBMIT') ? (
        <SubmitPanel dossierId={d.id} revision={d.revision} kind={d.allowedCommands.includes('SUBMIT') ? 'SUBMIT' : 'RESUBMIT'} blockingIssues={completeness.data ? errors : null} />
      ) : null}

      <section aria-labelledby="follow-title">
        <h2 id="follow-title">{t('workspace.follow')}</h2>
        <ul>
          <li>
            <Link to={dossierPath(d.id, FOLLOW_SEGMENTS.timeline)}>{t('follow.timeline.link')}</Link>
          </li>
          {(d.editableVersion ?? d.version) > 1 ? (
            <li>
              <Link to={dossierPath(d.id, FOLLOW_SEGMENTS.changes)}>{t('follow.changes.link')}</Link>
            </li>
          ) : null}
          {d.submittedAt ? (
            <li>
              <Link to={dossierPath(d.id, FOLLOW_SEGMENTS.receipt)}>{t('workspace.receipt')}</Link>
            </li>
          ) : null}
        </ul>
        {d.allowedCommands.includes('WITHDRAW') ? <WithdrawButton dossierId={d.id} revision={d.revision} code={d.code} onDone={() => document.getElementById('main')?.focus()} /> : null}
      </section>
    </>
  );
}

/** A checklist item links to the screen where it is fixed: a part, or the system's details. */
function IssueLink({ dossierId, path, children }: { readonly dossierId: string; readonly path?: readonly (string | number)[] | undefined; readonly children: string }) {
  const target = targetOfIssuePath(path);
  const text = <span lang="vi">{children}</span>;
  if (target === null) return text;
  return <Link to={target === 'SYSTEM' ? '/he-thong' : dossierPath(dossierId, PART_SEGMENTS[target])}>{text}</Link>;
}

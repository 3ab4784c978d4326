import type { ReactNode } from 'react';
import { DeficiencyEditor } from '@ketnoi/ui';
import { useT } from '../../use-t.ts';
import { ApproveForm } from './approve-form.tsx';
import { ConnectionForm } from './connection-form.tsx';
import { DECISIONS, SECTION_IDS, type DecisionCommand, type DossierView } from './dossier-view.ts';
import { ReasonForm } from './reason-form.tsx';
import type { CommandKind, DossierCommand } from './use-dossier-command.ts';

export interface DecisionsPanelProps {
  readonly dossier: DossierView;
  readonly pending: CommandKind | null;
  readonly run: (command: DossierCommand) => void;
}

/** The decisions `allowedCommands` lists for this dossier, its status and its holder — and only those. */
export const decisionsOf = (d: Pick<DossierView, 'allowedCommands'>): DecisionCommand[] => DECISIONS.filter((c) => d.allowedCommands.includes(c));

/**
 * C06's decisions, each with its form: approve (the decision's reference), return with deficiencies,
 * reject with a reason (confirmed), record the connection, suspend, resume, revoke (confirmed).
 * Which appear is the domain's table (allowedCommands), as the server will check it again.
 */
export function DecisionsPanel({ dossier: d, pending, run }: DecisionsPanelProps) {
  const { t } = useT();
  const decisions = decisionsOf(d);
  if (decisions.length === 0) return null;
  const busy = (c: CommandKind) => pending === c;
  const form: Record<DecisionCommand, ReactNode> = {
    APPROVE: <ApproveForm submitting={busy('APPROVE')} onApprove={(decision) => run({ kind: 'APPROVE', decision })} />,
    RETURN: <DeficiencyEditor submitting={busy('RETURN')} onSubmit={(deficiencies) => run({ kind: 'RETURN', deficiencies })} />,
    REJECT: (
      <ReasonForm
        label={t('dossier.reject.reason')}
        hint={t('dossier.reject.hint')}
        submitLabel={t('dossier.reject.submit')}
        confirm={{ question: t('dossier.reject.confirm', { code: d.code }), label: t('dossier.reject.confirmSubmit') }}
        submitting={busy('REJECT')}
        onSubmit={(reason) => run({ kind: 'REJECT', reason })}
      />
    ),
    RECORD_CONNECTION: <ConnectionForm approvedOn={d.approval?.decision.issuedOn ?? null} declaredChannel={null} submitting={busy('RECORD_CONNECTION')} onRecord={(c) => run({ kind: 'RECORD_CONNECTION', ...c })} />,
    SUSPEND: <ReasonForm label={t('dossier.suspend.reason')} hint={t('dossier.suspend.hint')} submitLabel={t('dossier.suspend.submit')} submitting={busy('SUSPEND')} onSubmit={(reason) => run({ kind: 'SUSPEND', reason })} />,
    RESUME: (
      <>
        <p>{t('dossier.resume.body')}</p>
        <div className="kn-actions">
          <button type="button" className="kn-button" disabled={pending !== null} onClick={() => run({ kind: 'RESUME' })}>
            {busy('RESUME') ? t('dossier.working') : t('dossier.resume.submit')}
          </button>
        </div>
      </>
    ),
    REVOKE: (
      <ReasonForm
        label={t('dossier.revoke.reason')}
        hint={t('dossier.revoke.hint')}
        submitLabel={t('dossier.revoke.submit')}
        confirm={{ question: t('dossier.revoke.confirm', { code: d.code }), label: t('dossier.revoke.confirmSubmit') }}
        submitting={busy('REVOKE')}
        onSubmit={(reason) => run({ kind: 'REVOKE', reason })}
      />
    ),
  };
  return (
    <section aria-labelledby={SECTION_IDS.decisions} className="c06-section">
      <h2 id={SECTION_IDS.decisions}>{t('dossier.decisions.title')}</h2>
      {d.securityExpiry === 'EXPIRED' ? <p className="c06-warning">{t('dossier.decisions.expired')}</p> : null}
      {decisions.map((c) => (
        <section key={c} className="kn-card c06-decision" aria-labelledby={`decision-${c}`}>
          <h3 id={`decision-${c}`}>{t(`dossier.decision.${c}`)}</h3>
          {form[c]}
        </section>
      ))}
    </section>
  );
}

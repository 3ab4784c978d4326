import { z } from 'zod';
import { connectionSchema, decisionSchema, deficiencySchema, opinionSchema, stageSchema, DOSSIER_PARTS } from '@ketnoi/domain';
import { formatDate } from '@ketnoi/ui';
import { useT } from '../../use-t.ts';

/**
 * What one history step carried, in words: the deficiencies of a return, the reason of a rejection,
 * suspension or revocation, PC06's opinion on a forward, the approval decision, the connection.
 * Details are parsed with the domain's own schemas; a payload that does not fit shows nothing rather
 * than something wrong. Texts reviewers wrote are Vietnamese whatever the page language (WCAG 3.1.2).
 */
const payloads = {
  stage: z.object({ stage: stageSchema }),
  claimed: z.object({ takenOverFrom: z.unknown() }),
  created: z.object({ amendsDossierId: z.string().optional() }),
  returned: z.object({ deficiencies: z.array(deficiencySchema).min(1) }),
  reason: z.object({ reason: z.string() }),
  forwarded: z.object({ opinion: opinionSchema }),
  approved: z.object({ decision: decisionSchema }),
  connection: z.object({ connection: connectionSchema }),
};

export function EventDetails({ type, details: raw }: { readonly type: string; readonly details: Readonly<Record<string, unknown>> }) {
  const { t } = useT();
  switch (type) {
    case 'CREATED': {
      const d = payloads.created.safeParse(raw);
      return d.success && d.data.amendsDossierId ? <p>{t('follow.detail.amends')}</p> : null;
    }
    case 'SUBMITTED':
    case 'RESUBMITTED':
    case 'FORWARDED': {
      const stage = payloads.stage.safeParse(raw);
      const opinion = type === 'FORWARDED' ? payloads.forwarded.safeParse(raw) : null;
      return (
        <>
          {opinion?.success ? (
            <dl className="kn-facts">
              <dt>{t('follow.detail.recommendation')}</dt>
              <dd>{t(`follow.detail.recommendation.${opinion.data.opinion.recommendation}`)}</dd>
              {opinion.data.opinion.note ? (
                <>
                  <dt>{t('follow.detail.note')}</dt>
                  <dd lang="vi">{opinion.data.opinion.note}</dd>
                </>
              ) : null}
              <dt>{t('follow.detail.checklist')}</dt>
              <dd>
                <ul className="kn-checklist">
                  {DOSSIER_PARTS.filter((p) => opinion.data.opinion.checklist[p]).map((p) => (
                    <li key={p}>
                      {t(`part.${p}`)}: {t(`follow.detail.checklist.${opinion.data.opinion.checklist[p]!}`)}
                    </li>
                  ))}
                </ul>
              </dd>
            </dl>
          ) : null}
          {stage.success ? <p>{t(`follow.detail.stage.${stage.data.stage.kind}`, { date: formatDate(stage.data.stage.dueOn) })}</p> : null}
        </>
      );
    }
    case 'CLAIMED': {
      const d = payloads.claimed.safeParse(raw);
      return d.success && d.data.takenOverFrom ? <p>{t('follow.detail.takenOver')}</p> : null;
    }
    case 'RETURNED': {
      const d = payloads.returned.safeParse(raw);
      if (!d.success) return null;
      return (
        <>
          <p>{t('follow.detail.deficiencies')}:</p>
          <ul className="kn-checklist">
            {d.data.deficiencies.map((def, i) => (
              <li key={i}>
                <strong>{t(`part.${def.part}`)}</strong>
                {def.rows ? ` (${t('follow.detail.rows', { rows: def.rows.join(', ') })})` : ''}: <span lang="vi">{def.reason}</span>
              </li>
            ))}
          </ul>
        </>
      );
    }
    case 'REJECTED':
    case 'SUSPENDED':
    case 'REVOKED': {
      const d = payloads.reason.safeParse(raw);
      return d.success ? (
        <p>
          {t('follow.detail.reason')}: <span lang="vi">{d.data.reason}</span>
        </p>
      ) : null;
    }
    case 'APPROVED': {
      const d = payloads.approved.safeParse(raw);
      return d.success ? (
        <p>
          {t('follow.detail.decision')}: {t('follow.detail.decisionRef', { ref: d.data.decision.numberAndSymbol, date: formatDate(d.data.decision.issuedOn) })}
        </p>
      ) : null;
    }
    case 'CONNECTION_RECORDED': {
      const d = payloads.connection.safeParse(raw);
      if (!d.success) return null;
      const c = d.data.connection;
      return (
        <dl className="kn-facts">
          <dt>{t('follow.detail.connectedOn')}</dt>
          <dd>{formatDate(c.connectedOn)}</dd>
          <dt>{t('follow.detail.channel')}</dt>
          <dd>{t(`system.channel.${c.channel}`)}</dd>
          <dt>{t('follow.detail.technicalReference')}</dt>
          <dd className="kn-code">{c.technicalReference}</dd>
        </dl>
      );
    }
    default:
      return null;
  }
}

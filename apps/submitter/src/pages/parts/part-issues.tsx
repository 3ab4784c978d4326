import type { ReactNode } from 'react';
import type { DossierPart } from '@ketnoi/domain';
import type { ApiIssue } from '@ketnoi/client';
import { useT } from '../../use-t.ts';

export type IssuePath = readonly (string | number)[];

/** Where an issue belongs in a form: the id of the control, from the issue's path inside the part. */
export type TargetOf = (path: IssuePath) => string | null;

/**
 * The completeness issues of one part (`['SERVICE_REGISTRATION', 'lines', 0, …]`), with their paths
 * made relative to the part's content (`['lines', 0, …]`), as the forms' `targetOf` reads them.
 */
export function issuesOfPart(issues: readonly ApiIssue[], part: DossierPart): ApiIssue[] {
  return issues.filter((i) => i.path?.[0] === part).map((i) => ({ ...i, path: i.path!.slice(1) }));
}

/** Issues of a refused save, whose paths start with the input's key (`serviceRegistration`), made relative to the content. */
export function issuesUnder(issues: readonly ApiIssue[], key: string): ApiIssue[] {
  return issues.filter((i) => i.path?.[0] === key).map((i) => ({ ...i, path: i.path!.slice(1) }));
}

const focusField = (id: string) => document.getElementById(id)?.focus();

/**
 * What the completeness check still finds in this part, each item linking to the field it concerns.
 * `issues` null: not checked (a dossier that cannot be edited, or the check is loading) — nothing shown.
 */
export function PartIssues({ issues, targetOf }: { readonly issues: readonly ApiIssue[] | null; readonly targetOf: TargetOf }) {
  const { t } = useT();
  if (issues === null) return null;
  return (
    <section className="kn-card" aria-labelledby="part-issues-title">
      <h2 id="part-issues-title">{t('parts.issues.title')}</h2>
      {issues.length === 0 ? (
        <p>{t('parts.issues.none')}</p>
      ) : (
        <ul className="kn-checklist">
          {issues.map((issue, i) => {
            const target = issue.path ? targetOf(issue.path) : null;
            const message = <span lang="vi">{issue.message}</span>;
            return (
              <li key={`${issue.code}-${i}`} className={`kn-issue--${issue.severity}`}>
                <strong>{t(`dossier.severity.${issue.severity}`)}:</strong>{' '}
                {target ? (
                  <a
                    href={`#${target}`}
                    onClick={(e) => {
                      e.preventDefault();
                      focusField(target);
                    }}
                  >
                    {message}
                  </a>
                ) : (
                  message
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/**
 * The hint of a field with the completeness issues about it appended, so a screen reader reads them
 * with the field (the hint is tied to the control by `aria-describedby`). They are notes, not errors:
 * the part may be saved half-filled; only submitting needs them solved.
 */
export function useFieldNotes(issues: readonly ApiIssue[] | null, targetOf: TargetOf): (fieldId: string, hint?: ReactNode) => ReactNode {
  const { t } = useT();
  const byField = new Map<string, ApiIssue[]>();
  for (const issue of issues ?? []) {
    const target = issue.path ? targetOf(issue.path) : null;
    if (target) byField.set(target, [...(byField.get(target) ?? []), issue]);
  }
  return (fieldId, hint) => {
    const notes = byField.get(fieldId);
    if (!notes) return hint;
    return (
      <>
        {hint ? <span className="kn-note">{hint}</span> : null}
        {notes.map((n, i) => (
          <span key={`${n.code}-${i}`} className={`kn-note kn-issue--${n.severity}`}>
            <strong>{t(`dossier.severity.${n.severity}`)}:</strong> <span lang="vi">{n.message}</span>
          </span>
        ))}
      </>
    );
  };
}

import { useReviewT } from './use-review-t.ts';

/** The "on this page" links to the screen's sections. */
export function OnThisPage({ sections, className }: { readonly sections: readonly { readonly id: string; readonly label: string }[]; readonly className: string }) {
  const { t } = useReviewT();
  return (
    <nav className={className} aria-labelledby="dossier-toc">
      <h2 id="dossier-toc">{t('dossier.onThisPage')}</h2>
      <ul className="kn-checklist">
        {sections.map((s) => (
          <li key={s.id}>
            <a href={`#${s.id}`}>{s.label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

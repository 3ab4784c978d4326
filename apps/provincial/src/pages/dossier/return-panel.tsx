import type { Deficiency } from '@ketnoi/domain';
import { DeficiencyEditor } from '@ketnoi/ui';
import { useT } from '../../use-t.ts';
import { SECTION_IDS } from './dossier-view.ts';

/** Return for completion: the deficiencies (part, rows of the account list, reason), then the command. */
export function ReturnPanel({ submitting, onReturn }: { readonly submitting: boolean; readonly onReturn: (deficiencies: Deficiency[]) => void }) {
  const { t } = useT();
  return (
    <section aria-labelledby={SECTION_IDS.return} className="kn-card pc-section">
      <h2 id={SECTION_IDS.return}>{t('dossier.return.title')}</h2>
      <DeficiencyEditor onSubmit={onReturn} submitting={submitting} />
    </section>
  );
}

import type { DossierPart, Opinion } from '@ketnoi/domain';
import { ForwardOpinionForm, type ChecklistResult } from '@ketnoi/ui';
import { useT } from '../../use-t.ts';
import { SECTION_IDS } from './dossier-view.ts';

export interface ForwardPanelProps {
  readonly checklist: Partial<Record<DossierPart, ChecklistResult>>;
  readonly onChecklistChange: (part: DossierPart, result: ChecklistResult) => void;
  readonly submitting: boolean;
  readonly onForward: (opinion: Opinion) => void;
}

/** Forward to C06 with the structured opinion (the parts' results, a recommendation, a note). */
export function ForwardPanel({ checklist, onChecklistChange, submitting, onForward }: ForwardPanelProps) {
  const { t } = useT();
  return (
    <section aria-labelledby={SECTION_IDS.forward} className="kn-card pc-section">
      <h2 id={SECTION_IDS.forward}>{t('dossier.forward.title')}</h2>
      <ForwardOpinionForm checklist={checklist} onChecklistChange={onChecklistChange} onSubmit={onForward} submitting={submitting} />
    </section>
  );
}

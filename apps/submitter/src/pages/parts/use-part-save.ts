import { useState } from 'react';
import { refusalOf, type ApiIssue } from '@ketnoi/client';
import { useT } from '../../use-t.ts';

export interface PartSave {
  readonly busy: boolean;
  /** The refusal to show above the form (the API's Vietnamese message, or ours for a conflict). */
  readonly refusal: { readonly message: string; readonly vietnameseOnly: boolean } | null;
  /** The confirmation to announce (`role="status"`) after a save. */
  readonly saved: string | null;
  /** Runs a save. Resolves to null when saved, else to the refusal's field issues (possibly none). */
  readonly run: (save: () => Promise<void>, savedMessage: string) => Promise<readonly ApiIssue[] | null>;
  readonly reset: () => void;
}

/**
 * The state around saving a part: busy, refused, saved. A VERSION_CONFLICT gets its own words: the
 * page has reloaded the dossier (see `usePartData`) and the form keeps what the user typed.
 */
export function usePartSave(): PartSave {
  const { t } = useT();
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<PartSave['refusal']>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const run: PartSave['run'] = async (save, savedMessage) => {
    setBusy(true);
    setRefusal(null);
    setSaved(null);
    try {
      await save();
      setSaved(savedMessage);
      return null;
    } catch (error) {
      const r = refusalOf(error);
      setRefusal(r.appCode === 'VERSION_CONFLICT' ? { message: t('parts.conflict'), vietnameseOnly: false } : { message: r.message, vietnameseOnly: true });
      return r.issues;
    } finally {
      setBusy(false);
    }
  };

  return { busy, refusal, saved, run, reset: () => { setRefusal(null); setSaved(null); } };
}

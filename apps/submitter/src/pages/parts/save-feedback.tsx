import { Alert } from '@ketnoi/ui';
import type { PartSave } from './use-part-save.ts';

/** The refusal of the last save, above the form (`role="alert"`). */
export function SaveRefusal({ refusal }: { readonly refusal: PartSave['refusal'] }) {
  if (!refusal) return null;
  return <Alert>{refusal.vietnameseOnly ? <span lang="vi">{refusal.message}</span> : refusal.message}</Alert>;
}

/**
 * The confirmation of the last save, next to the button. The live region is always in the page so
 * that screen readers announce the text when it appears.
 */
export function SavedStatus({ saved }: { readonly saved: string | null }) {
  return (
    <div role="status" className="kn-live">
      {saved ? <p className="kn-alert kn-alert--success">{saved}</p> : null}
    </div>
  );
}

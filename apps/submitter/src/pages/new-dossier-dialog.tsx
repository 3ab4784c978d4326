import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Alert, SelectField, Link } from '@ketnoi/ui';
import { newIdempotencyKey, refusalOf } from '@ketnoi/client';
import { useTRPC } from '../trpc.ts';
import { useT } from '../use-t.ts';

/** Asks which system the new dossier is for (one dossier per system), then creates the draft. */
export function NewDossierDialog({ onClose, onCreated }: { readonly onClose: () => void; readonly onCreated: (dossierId: string) => void }) {
  const { t } = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const ref = useRef<HTMLDialogElement>(null);
  // One key per opening of the dialog: a double click or a retry after a lost answer creates one draft.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [systemId, setSystemId] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const systems = useQuery(trpc.submitter.systems.list.queryOptions());
  const create = useMutation(trpc.submitter.dossiers.create.mutationOptions());

  useEffect(() => {
    const dialog = ref.current;
    // A modal <dialog> traps focus and closes on Escape natively.
    if (dialog && !dialog.open) dialog.showModal?.();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!systemId) {
      setFieldError(t('newDossier.systemRequired'));
      return;
    }
    setFieldError(null);
    try {
      const created = await create.mutateAsync({ idempotencyKey, systemId });
      await queryClient.invalidateQueries({ queryKey: trpc.submitter.dossiers.list.pathKey() });
      onCreated(created.dossierId);
    } catch {
      /* shown below from create.error */
    }
  };

  return (
    <dialog ref={ref} className="kn-dialog" aria-labelledby="new-dossier-title" onClose={onClose}>
      <h2 id="new-dossier-title">{t('newDossier.title')}</h2>
      <p>{t('newDossier.intro')}</p>
      {systems.isError ? <Alert>{refusalOf(systems.error).message}</Alert> : null}
      {create.isError ? <Alert>{refusalOf(create.error).message}</Alert> : null}
      {systems.data && systems.data.length === 0 ? (
        <>
          <p>{t('newDossier.noSystems')}</p>
          <div className="kn-actions">
            <Link to="/he-thong" onClick={onClose}>
              {t('newDossier.goToSystems')}
            </Link>
            <button type="button" className="kn-button kn-button--secondary" onClick={onClose}>
              {t('common.cancel')}
            </button>
          </div>
        </>
      ) : (
        <form noValidate onSubmit={submit}>
          <SelectField id="new-dossier-system" label={t('newDossier.system')} required value={systemId} onChange={(e) => setSystemId(e.target.value)} error={fieldError}>
            <option value="">{t('newDossier.choose')}</option>
            {(systems.data ?? []).map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </SelectField>
          <div className="kn-actions">
            <button type="submit" className="kn-button" disabled={create.isPending}>
              {t('newDossier.create')}
            </button>
            <button type="button" className="kn-button kn-button--secondary" onClick={onClose}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}

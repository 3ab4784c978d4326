import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Alert, DataTable, type Column } from '@ketnoi/ui';
import { newIdempotencyKey, refusalOf } from '@ketnoi/client';
import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@ketnoi/api';
import type { System } from '@ketnoi/domain';
import { useTRPC } from '../trpc.ts';
import { useT } from '../use-t.ts';
import { SystemForm } from './system-form.tsx';

type SystemRow = inferRouterOutputs<AppRouter>['submitter']['systems']['list'][number];
type Editing = { kind: 'new'; key: string } | { kind: 'edit'; key: string; row: SystemRow } | null;

export function SystemsPage() {
  const { t } = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const systems = useQuery(trpc.submitter.systems.list.queryOptions());
  const create = useMutation(trpc.submitter.systems.create.mutationOptions());
  const update = useMutation(trpc.submitter.systems.update.mutationOptions());
  // A key per opened form: resubmitting after a lost answer does not create the system twice.
  const [editing, setEditing] = useState<Editing>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const save = async (system: System) => {
    if (!editing) return;
    if (editing.kind === 'new') await create.mutateAsync({ idempotencyKey: editing.key, system });
    else await update.mutateAsync({ idempotencyKey: editing.key, systemId: editing.row.id, expectedRevision: editing.row.revision, system });
    await queryClient.invalidateQueries({ queryKey: trpc.submitter.systems.list.queryKey() });
    setEditing(null);
    setSaved(t('systems.saved', { name: system.name }));
  };

  const columns: Column<SystemRow>[] = [
    { key: 'name', header: t('system.name'), rowHeader: true, cell: (s) => s.name },
    { key: 'level', header: t('system.securityLevel'), cell: (s) => t('system.securityLevelOption', { n: s.securityLevel }) },
    { key: 'channel', header: t('system.channel'), cell: (s) => t(`system.channel.${s.connectionChannel}`) },
    { key: 'host', header: t('system.host'), cell: (s) => s.host },
    {
      key: 'actions',
      header: <span className="visually-hidden">{t('common.edit')}</span>,
      cell: (s) => (
        <button type="button" className="kn-button kn-button--secondary" aria-label={t('systems.editOf', { name: s.name })} onClick={() => { setSaved(null); setEditing({ kind: 'edit', key: newIdempotencyKey(), row: s }); }}>
          {t('common.edit')}
        </button>
      ),
    },
  ];

  return (
    <>
      <h1>{t('systems.title')}</h1>
      {saved ? <Alert tone="success">{saved}</Alert> : null}
      {editing ? (
        <SystemForm
          key={editing.key}
          title={editing.kind === 'new' ? t('systems.addTitle') : t('systems.editTitle', { name: editing.row.name })}
          initial={editing.kind === 'edit' ? editing.row : undefined}
          onSave={save}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <div className="kn-actions">
          <button type="button" className="kn-button" onClick={() => { setSaved(null); setEditing({ kind: 'new', key: newIdempotencyKey() }); }}>
            {t('systems.add')}
          </button>
        </div>
      )}
      {systems.isError ? (
        <Alert>{refusalOf(systems.error).message}</Alert>
      ) : systems.data ? (
        <DataTable caption={t('systems.caption')} columns={columns} rows={systems.data} rowKey={(s) => s.id} empty={t('systems.empty')} />
      ) : (
        <p role="status">{t('common.loading')}</p>
      )}
    </>
  );
}

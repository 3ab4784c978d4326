import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { refusalOf } from '@ketnoi/client';
import { Alert, DataTable, formatDate, type Column } from '@ketnoi/ui';
import { useTRPC } from '../../trpc.ts';
import { useT } from '../../use-t.ts';
import type { ProvinceRow } from './admin-types.ts';
import { ProvinceValidityForm } from './province-validity-form.tsx';

/**
 * `quan-tri/tinh-thanh`: the provinces from 2025 and the historical ones, each with its validity and
 * successor (dossiers of a merged province route to its successor's PC06). The validity and the
 * successor can be edited when a resolution of the National Assembly changes them.
 */
export function ProvincesSection() {
  const { t } = useT();
  const trpc = useTRPC();
  const [historical, setHistorical] = useState(false);
  const queryClient = useQueryClient();
  const provinces = useQuery(trpc.admin.reference.provinces.queryOptions());
  const [editing, setEditing] = useState<ProvinceRow | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const all = provinces.data ?? [];
  const nameOf = new Map(all.map((p) => [p.code, p.name]));
  const rows = all.filter((p) => historical || p.validTo === null);
  const columns: Column<ProvinceRow>[] = [
    { key: 'code', header: t('admin.province.code'), cell: (p) => <span className="kn-code">{p.code}</span> },
    { key: 'name', header: t('admin.province.name'), rowHeader: true, cell: (p) => p.name },
    { key: 'from', header: t('admin.province.validFrom'), cell: (p) => formatDate(p.validFrom) },
    { key: 'to', header: t('admin.province.validTo'), cell: (p) => (p.validTo ? formatDate(p.validTo) : t('admin.province.current')) },
    { key: 'successor', header: t('admin.province.successor'), cell: (p) => (p.successorCode ? `${nameOf.get(p.successorCode) ?? ''} (${p.successorCode})` : '—') },
    {
      key: 'actions',
      header: t('admin.actions'),
      cell: (p) => (
        <button type="button" className="kn-button kn-button--secondary" aria-label={t('admin.province.editOf', { name: p.name, code: p.code })} onClick={() => { setNotice(null); setEditing(p); }}>
          {t('admin.edit')}
        </button>
      ),
    },
  ];
  return (
    <>
      <h2>{t('admin.section.tinh-thanh')}</h2>
      <p>{t('admin.province.intro')}</p>
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      {editing ? (
        <ProvinceValidityForm
          key={editing.code}
          province={editing}
          provinces={all}
          onDone={(message) => {
            setEditing(null);
            setNotice(message);
            void queryClient.invalidateQueries({ queryKey: trpc.admin.reference.provinces.queryKey() });
          }}
          onCancel={() => setEditing(null)}
        />
      ) : null}
      <div className="kn-actions">
        <label>
          <input type="checkbox" checked={historical} onChange={(e) => setHistorical(e.target.checked)} /> {t('admin.province.showHistorical')}
        </label>
      </div>
      {provinces.isError ? <Alert>{refusalOf(provinces.error).message}</Alert> : null}
      <DataTable
        caption={t('admin.province.caption', { current: all.filter((p) => p.validTo === null).length, historical: all.filter((p) => p.validTo !== null).length })}
        columns={columns}
        rows={rows}
        rowKey={(p) => p.code}
        empty={provinces.isPending ? t('common.loading') : t('admin.province.empty')}
      />
    </>
  );
}

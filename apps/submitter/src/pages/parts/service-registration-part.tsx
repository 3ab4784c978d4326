import { useMutation, useQuery } from '@tanstack/react-query';
import type { ServiceCatalogueEntry, ServiceRegistration } from '@ketnoi/domain';
import { Alert } from '@ketnoi/ui';
import { type ApiIssue, refusalOf } from '@ketnoi/client';
import { useTRPC } from '../../trpc.ts';
import { useT } from '../../use-t.ts';
import { PartFrame, ReadOnlyNotice } from './part-frame.tsx';
import { ServiceRegistrationForm } from './service-registration-form.tsx';
import { ServiceRegistrationView } from './service-registration-view.tsx';
import { usePartData } from './use-part-data.ts';
import './parts.css';

export interface ServiceRegistrationBodyProps {
  readonly editable: boolean;
  readonly value: ServiceRegistration;
  readonly services: readonly ServiceCatalogueEntry[];
  readonly issues: readonly ApiIssue[] | null;
  readonly onSave: (value: ServiceRegistration) => Promise<void>;
}

/** The form while the dossier can be edited; otherwise the part read only, with why. */
export function ServiceRegistrationBody({ editable, value, services, issues, onSave }: ServiceRegistrationBodyProps) {
  if (!editable) {
    return (
      <>
        <ReadOnlyNotice />
        <ServiceRegistrationView value={value} services={services} />
      </>
    );
  }
  return <ServiceRegistrationForm initial={value} services={services} issues={issues} onSave={onSave} />;
}

/** `/ho-so/:id/dang-ky-dich-vu` — Phần 3, Phiếu đăng ký sử dụng dịch vụ. */
export function ServiceRegistrationPart({ dossierId }: { readonly dossierId: string }) {
  const { t } = useT();
  const trpc = useTRPC();
  const part = usePartData(dossierId, 'SERVICE_REGISTRATION');
  const services = useQuery({ ...trpc.reference.services.queryOptions(), staleTime: 5 * 60_000 });
  const mutation = useMutation(trpc.submitter.dossiers.saveServiceRegistration.mutationOptions());
  const save = (serviceRegistration: ServiceRegistration) => part.save(serviceRegistration, (target) => mutation.mutateAsync({ ...target, serviceRegistration }));

  return (
    <PartFrame dossierId={dossierId} title={t('parts.services.title')} dossier={part.dossier}>
      {(d) =>
        services.isError ? (
          <Alert>
            <span lang="vi">{refusalOf(services.error).message}</span>
          </Alert>
        ) : !services.data ? (
          <p role="status">{t('common.loading')}</p>
        ) : (
          <ServiceRegistrationBody editable={part.editable} value={d.serviceRegistration} services={services.data} issues={part.issues} onSave={save} />
        )
      }
    </PartFrame>
  );
}

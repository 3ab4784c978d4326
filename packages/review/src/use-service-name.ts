import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTRPC } from '@ketnoi/client/react';

/** The catalogue's name of a service code (`reference.services`, kept ten minutes), when known. */
export function useServiceName(): (code: string) => string | undefined {
  const trpc = useTRPC();
  const services = useQuery({ ...trpc.reference.services.queryOptions(), staleTime: 10 * 60_000 });
  const names = useMemo(() => new Map((services.data ?? []).map((s) => [s.code, s.name])), [services.data]);
  return (code: string) => names.get(code);
}

import '@ketnoi/ui/styles.css';
import './app.css';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { createKetnoiClient, isUnauthenticated } from '@ketnoi/client';
import { I18nProvider, RouterProvider } from '@ketnoi/ui';
import { App, UNAUTHENTICATED_EVENT } from './app.tsx';
import { appMessages } from './messages.ts';
import { TRPCProvider } from './trpc.ts';

// zod's own wording (types, enums) in Vietnamese too, as on the server (packages/api/src/trpc.ts).
z.config(z.locales.vi());

const onError = (error: unknown) => {
  if (isUnauthenticated(error)) window.dispatchEvent(new Event(UNAUTHENTICATED_EVENT));
};

const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError }),
  mutationCache: new MutationCache({ onError }),
  defaultOptions: {
    // A refusal will not change by asking again; only network failures are retried.
    queries: { retry: (count, error) => count < 2 && !(error as { data?: unknown }).data, refetchOnWindowFocus: false },
  },
});
const trpcClient = createKetnoiClient({ url: '/trpc' });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        <I18nProvider messages={appMessages}>
          <RouterProvider base={import.meta.env.BASE_URL}>
            <App />
          </RouterProvider>
        </I18nProvider>
      </TRPCProvider>
    </QueryClientProvider>
  </StrictMode>,
);

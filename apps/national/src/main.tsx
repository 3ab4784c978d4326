import '@ketnoi/ui/styles.css';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { createKetnoiClient } from '@ketnoi/client';
import { createAppQueryClient, TRPCProvider } from '@ketnoi/client/react';
import { I18nProvider, RouterProvider } from '@ketnoi/ui';
import { App } from './app.tsx';
import { appMessages } from './messages.ts';

// zod's own wording (types, enums) in Vietnamese too, as on the server (packages/api/src/trpc.ts).
z.config(z.locales.vi());

const queryClient = createAppQueryClient();
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

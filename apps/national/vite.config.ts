import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Served by apps/server under /c06/ (apps/server/src/web-apps.ts); `dev` proxies the API to it
// (KETNOI_DEV_API chooses another server, e.g. one started with PORT=3100).
const server = process.env.KETNOI_DEV_API ?? 'http://127.0.0.1:3000';

export default defineConfig({
  base: '/c06/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    // No inline <script> or data: modules: the CSP is script-src 'self'.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
  },
  server: {
    host: '127.0.0.1',
    port: 5175,
    proxy: {
      // The server refuses mutations from another Origin: rewrite it to the proxied host.
      '/trpc': { target: server, changeOrigin: true, headers: { origin: server } },
      '/files': { target: server, changeOrigin: true },
    },
  },
});

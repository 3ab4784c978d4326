import { createServer } from 'node:net';

/** A TCP port free on 127.0.0.1 right now, so the e2e server never clashes with a dev server on 3000. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => (port > 0 ? resolve(port) : reject(new Error('e2e: no free port'))));
    });
  });
}

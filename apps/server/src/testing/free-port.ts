import { createServer } from 'node:net';

/**
 * A port free on 127.0.0.1 now, for a server process a test starts on its own port. Asked of the
 * kernel: a port drawn at random could be one of its ephemeral ports (32768–60999 on Linux)
 * already held by one of the many connections a test run opens.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

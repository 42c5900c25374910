import { type AddressInfo, connect, type Socket } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admission } from './admission.js';

/** A server whose requests each wait until the test lets them finish. */
const started: string[] = [];
const finishers = new Map<string, () => void>();
const sockets = new Map<string, Socket>();
let url = '';
let close: () => Promise<void>;
const gate = admission(2);

beforeAll(async () => {
  const app = express();
  app.use((request, _response, next) => {
    sockets.set(request.path.slice(1), request.socket);
    next();
  });
  app.use(gate);
  app.get('/:name', (request, response) => {
    const { name } = request.params;
    started.push(name);
    finishers.set(name, () => response.send(name));
  });
  const server = app.listen(0);
  await new Promise((resolve) => server.once('listening', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => new Promise((resolve) => server.close(() => resolve()));
});
afterAll(() => close());

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('admission', () => {
  it('runs two requests at once; the others wait their turn in order of arrival', async () => {
    const answers: Promise<string>[] = [];
    for (const name of ['a', 'b', 'c', 'd']) {
      answers.push(fetch(`${url}/${name}`).then((response) => response.text()));
      // Each arrives before the next is sent: started, or waiting for a turn.
      await until(() => started.length + gate.waiting === answers.length);
    }
    expect(started).toEqual(['a', 'b']);
    expect(gate.waiting).toBe(2);

    finishers.get('b')?.();
    await until(() => started.length === 3);
    expect(started).toEqual(['a', 'b', 'c']);
    finishers.get('a')?.();
    await until(() => started.length === 4);
    finishers.get('c')?.();
    finishers.get('d')?.();
    expect(await Promise.all(answers)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('skips a request whose client left while it waited', async () => {
    started.length = 0;
    const first = fetch(`${url}/e`);
    await until(() => started.length === 1);
    const second = fetch(`${url}/f`);
    await until(() => started.length === 2);
    const leaving = new AbortController();
    const gone = fetch(`${url}/g`, { signal: leaving.signal }).catch(() => 'aborted');
    await until(() => gate.waiting === 1);
    const last = fetch(`${url}/h`);
    await until(() => gate.waiting === 2);
    leaving.abort();
    expect(await gone).toBe('aborted');
    await until(() => sockets.get('g')?.destroyed === true);
    finishers.get('e')?.();
    finishers.get('f')?.();
    await until(() => started.length === 3);
    expect(started).toEqual(['e', 'f', 'h']);
    finishers.get('h')?.();
    await Promise.all([first, second, last]);
  });

  it('frees the turn once the answer is handed over, even to a client that does not read it', async () => {
    const app = express();
    app.use(admission(1));
    // More than the sockets' buffers hold, so a client that reads nothing never gets it all.
    app.get('/big', (_request, response) => response.send('x'.repeat(32 * 1024 * 1024)));
    app.get('/small', (_request, response) => response.send('small'));
    const server = app.listen(0);
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as AddressInfo;
    const stalled = connect(port, '127.0.0.1');
    stalled.pause();
    stalled.write('GET /big HTTP/1.1\r\nHost: localhost\r\n\r\n');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const answer = await fetch(`http://127.0.0.1:${port}/small`, {
      signal: AbortSignal.timeout(5_000),
    });
    expect(await answer.text()).toBe('small');
    stalled.destroy();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
});

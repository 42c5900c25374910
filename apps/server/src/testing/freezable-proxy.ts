import { connect, createServer, type Server, type Socket } from 'node:net';

export interface FreezableProxy {
  /** The PostgreSQL server URL through the proxy. */
  serverUrl: string;
  /** From now on nothing passes either way, as when PostgreSQL is stopped with SIGSTOP. */
  freeze(): void;
  /** Traffic flows again, what was held first. */
  thaw(): void;
  /** Cuts every open connection, as a PostgreSQL restart does; new ones are let through. */
  cutConnections(): void;
  close(): Promise<void>;
}

/**
 * A TCP proxy in front of a PostgreSQL server that a test can freeze: a database that answers
 * nothing, without touching the real server (which other tests share).
 */
export async function startFreezableProxy(target: string): Promise<FreezableProxy> {
  const { hostname, port } = new URL(target);
  const pairs = new Set<[Socket, Socket]>();
  let frozen = false;
  const server: Server = createServer((client) => {
    const upstream = connect(Number(port || 5432), hostname);
    const pair: [Socket, Socket] = [client, upstream];
    pairs.add(pair);
    if (frozen) for (const socket of pair) socket.pause();
    client.pipe(upstream);
    upstream.pipe(client);
    const end = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const proxyPort = typeof address === 'object' && address ? address.port : 0;
  const url = new URL(target);
  url.hostname = '127.0.0.1';
  url.port = String(proxyPort);
  const everySocket = (act: (socket: Socket) => void) => {
    for (const pair of pairs) pair.forEach(act);
  };
  return {
    serverUrl: url.toString().replace(/\/$/, ''),
    freeze: () => {
      frozen = true;
      everySocket((socket) => socket.pause());
    },
    thaw: () => {
      frozen = false;
      everySocket((socket) => socket.resume());
    },
    cutConnections: () => {
      everySocket((socket) => socket.destroy());
    },
    close: async () => {
      everySocket((socket) => socket.destroy());
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

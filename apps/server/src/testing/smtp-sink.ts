import { createServer, type Server, type Socket } from 'node:net';

export interface Received {
  from: string;
  to: string[];
  data: string;
}

/** A promise and the function that resolves it. */
function signal(): { promise: Promise<void>; resolve: () => void } {
  let resolve: () => void = () => {};
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

/**
 * The smallest SMTP server nodemailer will talk to (RFC 5321 without extensions), so the
 * production path, SMTP_URL, is what the test runs. `refuse` answers RCPT for an address.
 */
export function smtpSink(refuse: (address: string) => string | null = () => null) {
  const received: Received[] = [];
  const accepted: Received[] = [];
  // After `holdAfter` messages, the next one's acceptance waits until `release()`.
  let holdAfter: number | null = null;
  let holding = signal();
  let released = signal();
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.setEncoding('utf8');
    let buffer = '';
    let inData = false;
    let message: Received = { from: '', to: [], data: '' };
    socket.write('220 sink ESMTP\r\n');
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      for (let end = buffer.indexOf('\r\n'); end >= 0; end = buffer.indexOf('\r\n')) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            const complete = message;
            received.push(complete);
            message = { from: '', to: [], data: '' };
            // A message whose sender is gone before the answer (killed) is not delivered.
            const answer = () => {
              if (socket.destroyed) return;
              accepted.push(complete);
              socket.write('250 2.0.0 queued\r\n');
            };
            if (holdAfter !== null && received.length > holdAfter) {
              holding.resolve();
              void released.promise.then(answer);
            } else answer();
          } else {
            message.data += `${line.startsWith('..') ? line.slice(1) : line}\n`;
          }
          continue;
        }
        const address = /<([^>]*)>/.exec(line)?.[1] ?? '';
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') socket.write('250 sink\r\n');
        else if (verb === 'MAIL') {
          message.from = address;
          socket.write('250 2.1.0 ok\r\n');
        } else if (verb === 'RCPT') {
          const refusal = refuse(address);
          if (!refusal) message.to.push(address);
          socket.write(`${refusal ?? '250 2.1.5 ok'}\r\n`);
        } else if (verb === 'DATA') {
          inData = true;
          socket.write('354 go ahead\r\n');
        } else if (verb === 'QUIT') socket.end('221 bye\r\n');
        else socket.write('250 ok\r\n');
      }
    });
    socket.on('error', () => {});
  });
  return {
    /** Every message whose text arrived, answered or not. */
    received,
    /** The messages answered "250 queued": what a mail server would deliver. */
    accepted,
    /** The Message-ID header of each accepted message, in order. */
    acceptedMessageIds: () =>
      accepted.map((one) => /^Message-ID: *(\S+)/im.exec(one.data)?.[1] ?? '(none)'),
    holdAfter: (count: number) => {
      holdAfter = count;
      holding = signal();
      released = signal();
    },
    /** Resolves once a message is being held. */
    held: () => holding.promise,
    release: () => {
      holdAfter = null;
      released.resolve();
    },
    start: () =>
      new Promise<string>((resolve) =>
        server.listen(0, '127.0.0.1', () => {
          const address = server.address();
          resolve(`smtp://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
        }),
      ),
    stop: () =>
      new Promise<void>((resolve) => {
        (server as Server).close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}

// A TCP proxy in front of PostgreSQL that counts the SQL statements its clients send: simple
// queries ('Q') and executions of prepared ones ('E') in the frontend protocol. Counting on the
// wire needs nothing from the server (no pg_stat_statements) and no hook in either driver.
//
// The product's budget counters (limits/budget-ledger.ts) are written by a timer every 250 ms
// (a statement for each counter that moved), not by a request: those writes are counted apart.
import { connect, createServer } from 'node:net';

const BUDGET_WRITE = /^\s*insert into\s+("public"\.)?"?rate_limit"?/i;

export function countingProxy(target) {
  let statements = 0;
  let budgetWrites = 0;
  const sockets = new Set();
  const server = createServer((client) => {
    const upstream = connect(Number(target.port || 5432), target.hostname);
    sockets.add(client);
    sockets.add(upstream);
    let pending = Buffer.alloc(0);
    let started = false;
    // Statement texts by name (Parse), and portals by name (Bind): what an 'E' executes. The
    // unnamed ones ('') are replaced at each Parse and Bind.
    const statementTexts = new Map();
    const portalTexts = new Map();
    client.on('data', (chunk) => {
      upstream.write(chunk);
      pending = Buffer.concat([pending, chunk]);
      // The startup message has no type byte; every later message is type, length, body.
      for (;;) {
        if (!started) {
          if (pending.length < 4) break;
          const length = pending.readInt32BE(0);
          if (pending.length < length) break;
          pending = pending.subarray(length);
          started = true;
          continue;
        }
        if (pending.length < 5) break;
        const length = pending.readInt32BE(1);
        if (pending.length < 1 + length) break;
        const type = String.fromCharCode(pending[0]);
        const body = pending.subarray(5, 1 + length);
        const cString = (from) => body.subarray(from, body.indexOf(0, from)).toString();
        if (type === 'P') {
          // Parse: the statement's name, then its text.
          const name = cString(0);
          statementTexts.set(name, cString(name.length + 1));
        } else if (type === 'B') {
          // Bind: the portal's name, then the statement's.
          const portal = cString(0);
          portalTexts.set(portal, statementTexts.get(cString(portal.length + 1)) ?? '');
        }
        const text = type === 'Q' ? cString(0) : (portalTexts.get(cString(0)) ?? '');
        if (type === 'Q' || type === 'E') {
          if (BUDGET_WRITE.test(text)) budgetWrites++;
          else statements++;
        }
        pending = pending.subarray(1 + length);
      }
    });
    upstream.on('data', (chunk) => client.write(chunk));
    const close = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('close', close);
    upstream.on('close', close);
    client.on('error', close);
    upstream.on('error', close);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () =>
      resolve({
        port: server.address().port,
        statements: () => statements,
        budgetWrites: () => budgetWrites,
        close: () =>
          new Promise((done) => {
            for (const socket of sockets) socket.destroy();
            server.close(() => done());
          }),
      }),
    );
  });
}

// The baseline: node:http and pg, one SQL statement per question (see queries.mjs), reading the
// product's raw tables. It is the practical lower bound the product is measured against.
//
//   DATABASE_URL=… SESSION_SECRET=… node bench/statewide/baseline-server.mjs
// prints {"port": n} once listening. POST /q/<name> with the question's parameters as JSON, and
// the product's session cookie or bearer token; answers {"data": …}.
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import pg from 'pg';
import { queries } from './queries.mjs';

const secret = process.env.SESSION_SECRET;
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const hash = (token) => createHmac('sha256', secret).update(token).digest('hex');

function credentialOf(request) {
  const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
  if (bearer) return bearer;
  const cookie = /(?:^|;\s*)cei_session=([^;]+)/.exec(request.headers.cookie ?? '')?.[1];
  return cookie ? decodeURIComponent(cookie) : '';
}

const server = createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', async () => {
    const question = queries[/^\/q\/(\w+)$/.exec(request.url ?? '')?.[1] ?? ''];
    if (!question) {
      response.writeHead(404).end();
      return;
    }
    try {
      const parameters = chunks.length ? JSON.parse(Buffer.concat(chunks).toString()) : {};
      const { text, values } = question.sql(parameters);
      const { rows } = await pool.query(text, [hash(credentialOf(request)), ...values]);
      const body = JSON.stringify({ data: rows[0]?.data ?? null });
      response.writeHead(200, { 'content-type': 'application/json' }).end(body);
    } catch (error) {
      response.writeHead(500, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ errors: [{ message: String(error.message) }] }));
    }
  });
});

server.listen(0, '127.0.0.1', () => {
  console.log(JSON.stringify({ port: server.address().port }));
});
process.on('SIGTERM', () => {
  server.close();
  pool.end().then(() => process.exit(0));
});

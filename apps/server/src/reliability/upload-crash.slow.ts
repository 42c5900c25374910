import { createHash } from 'node:crypto';
import { request } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pdfFile } from '../database/seed/demo-files.js';
import { type ServerProcess, serverProcess } from '../testing/server-process.js';

/**
 * The built server killed (SIGKILL) while a letter of interest is being uploaded, at several
 * moments: while the body arrives, and just after it arrived (decoding, checking, writing). After
 * a restart the application has exactly one PDF, whole: the earlier one or the new one, never a
 * part, never both, never none. In the slow suite (a minute: each restart of the built server takes seconds).
 */
const UPLOAD =
  'mutation ($applicationId: ID!, $input: UploadApplicationDocumentInput!) { uploadApplicationDocument(applicationId: $applicationId, input: $input) { id byteSize } }';

let server: ServerProcess;
let database: pg.Client;

beforeAll(async () => {
  server = await serverProcess(inject('databaseServerUrl'), { demo: true });
  await server.start();
  database = new pg.Client({ connectionString: server.databaseUrl });
  await database.connect();
});

afterAll(async () => {
  await database?.end();
  await server?.close();
});

const md5 = (content: Buffer) => createHash('md5').update(content).digest('hex');

/** A PDF of about `megabytes` MB, different for each `label`. */
function letter(label: string, megabytes: number): Buffer {
  return Buffer.concat([pdfFile(label), Buffer.alloc(megabytes * 1024 * 1024, label)]);
}

/**
 * POSTs the upload over a raw connection; `cut` says when the server is killed: after half the
 * body was sent, or `ms` after all of it was.
 */
async function uploadCutOff(
  applicationId: string,
  file: Buffer,
  cut: { halfway: true } | { afterMs: number },
): Promise<void> {
  const body = Buffer.from(
    JSON.stringify({
      query: UPLOAD,
      variables: {
        applicationId,
        input: { format: 'PDF', fileName: 'letter.pdf', contentBase64: file.toString('base64') },
      },
    }),
  );
  const { hostname, port } = new URL(server.url);
  const sent = request({
    host: hostname,
    port,
    path: '/graphql',
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'content-length': body.length,
      cookie: server.credentials.cookie ?? '',
    },
  });
  sent.on('error', () => {});
  if ('halfway' in cut) {
    await new Promise<void>((resolve) =>
      sent.write(body.subarray(0, body.length / 2), () => resolve()),
    );
  } else {
    await new Promise<void>((resolve) => sent.end(body, () => resolve()));
    await sleep(cut.afterMs);
  }
  expect(await server.stop('SIGKILL')).toBe('SIGKILL');
  sent.destroy();
}

async function pdfsOf(applicationId: string) {
  const { rows } = await database.query<{ byte_size: number; length: number; md5: string }>(
    `select byte_size, octet_length(content) as length, md5(content) as md5
     from application_document where application_id = $1 and format = 'PDF'`,
    [applicationId],
  );
  return rows;
}

describe('SIGKILL during a document upload', () => {
  it('keeps the earlier letter or the new one, whole, and nothing else', async () => {
    const { rows } = await database.query<{ id: string }>(
      "select id from application where status = 'DRAFT' limit 1",
    );
    const draft = rows[0]?.id as string;
    expect(draft).toBeTruthy();
    const first = letter('first', 1);
    const { errors } = await server.graphql(UPLOAD, {
      applicationId: draft,
      input: { format: 'PDF', fileName: 'first.pdf', contentBase64: first.toString('base64') },
    });
    expect(errors).toBeUndefined();
    const known = new Set([md5(first)]);
    const outcomes: string[] = [];

    const cuts = [{ halfway: true } as const, { afterMs: 0 }, { afterMs: 40 }, { afterMs: 150 }];
    for (const [round, cut] of cuts.entries()) {
      const file = letter(`round ${round}`, 3);
      await uploadCutOff(draft, file, cut);
      await server.start();
      const pdfs = await pdfsOf(draft);
      expect(pdfs, JSON.stringify(cut)).toHaveLength(1);
      const [pdf] = pdfs;
      expect(Number(pdf?.length)).toBe(pdf?.byte_size);
      const candidates = new Set([...known, md5(file)]);
      expect(candidates.has(pdf?.md5 as string), JSON.stringify(cut)).toBe(true);
      outcomes.push(pdf?.md5 === md5(file) ? 'new' : 'earlier');
      known.add(md5(file));
    }
    // Cut off while the body was still arriving, the upload changed nothing.
    expect(outcomes[0]).toBe('earlier');
    // Nothing anywhere is a part of a file.
    const { rows: broken } = await database.query(
      'select id from application_document where byte_size <> octet_length(content)',
    );
    expect(broken).toEqual([]);
  }, 120_000);
});

// The statewide benchmark: the product beside the one-statement baseline, on the same generated
// database, interleaved. Run from the repository root with `npm run bench` (builds first), or
//
//   node bench/statewide/run.mjs [--scales 1,10] [--queries Q0,Q1] [--connections 1,10,50]
//        [--seconds 4] [--rounds 2] [--label latest] [--out docs] [--before-dist path/to/dist]
//        [--cpu-prof folder] [--keep file] [--growth]
//
// in apps/server after `pnpm --filter @cei/server build`. Uses DATABASE_URL's PostgreSQL
// (default postgres://postgres@127.0.0.1:5432/postgres), in a database of its own that it drops
// at the end. Writes <out>/benchmark-<label>.json and .md (default: the repository's docs/), and
// prints the table.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createAccountRecord, issueApiToken } from '../../dist/accounts/account.service.js';
import { databaseUrl, dropDatabase, ensureDatabase } from '../../dist/database/databases.js';
import { initOrm } from '../../dist/database/orm.js';
import { systemFork } from '../../dist/scope/scope-filter.js';
import { startCommand } from '../../dist/testing/runtime.js';
import { generate, largestAndSmallestCounty, loadDataset } from './dataset.mjs';
import { canonical, queries } from './queries.mjs';
import { countingProxy } from './statement-counter.mjs';

const { values: flags } = parseArgs({
  options: {
    scales: { type: 'string', default: '1' },
    queries: { type: 'string', default: Object.keys(queries).join(',') },
    connections: { type: 'string', default: '1,10,50' },
    seconds: { type: 'string', default: '4' },
    rounds: { type: 'string', default: '2' },
    label: { type: 'string', default: 'latest' },
    out: { type: 'string', default: new URL('../../../../docs', import.meta.url).pathname },
    // Another build of the server (its apps/server/dist) to measure in the same run, e.g. the
    // commit before a change: it becomes the "before" product beside "product".
    'before-dist': { type: 'string' },
    // A folder for V8 CPU profiles of the timed product server (open them in Chrome's DevTools).
    'cpu-prof': { type: 'string' },
    // Keeps the database of a one-scale run and writes how to reach it to this file; a later run
    // given the same file reuses it instead of generating and loading again (for profiling).
    keep: { type: 'string' },
    // Times the scales side by side instead of one after the other (see runGrowth).
    growth: { type: 'boolean', default: false },
  },
});
const scales = flags.scales.split(',').map(Number);
const names = flags.queries.split(',');
if (flags.keep && (scales.length !== 1 || flags.growth))
  throw new Error('--keep keeps the database of one scale');
if (flags.growth && scales.length < 2) throw new Error('--growth compares two scales or more');
const connectionLevels = flags.connections.split(',').map(Number);
const seconds = Number(flags.seconds);
const rounds = Number(flags.rounds);
const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const kept =
  flags.keep && existsSync(flags.keep) ? JSON.parse(readFileSync(flags.keep, 'utf8')) : null;
const secret = kept?.secret ?? randomBytes(32).toString('hex');
const PASSWORD = 'bench-password-long-enough';

const log = (message) =>
  console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

/** The servers measured: the product (this build, and maybe another), and the baseline. */
const servers = [
  ...(flags['before-dist']
    ? [{ name: 'before', script: './product-server.mjs', dist: flags['before-dist'] }]
    : []),
  { name: 'product', script: './product-server.mjs' },
  { name: 'baseline', script: './baseline-server.mjs' },
];
const products = servers
  .filter((server) => server.name !== 'baseline')
  .map((server) => server.name);

const THIS_DIST = new URL('../../dist', import.meta.url).pathname;

/** How `npm start` runs a build (Node.js options, malloc's settings): as deployed. */
const startCommandOf = (dist) => startCommand(join(dist, '..'));
/** A start command as the start script writes it, for the report. */
const startWords = ({ options, environment }) => [
  ...Object.entries(environment).map(([name, value]) => `${name}=${value}`),
  ...options,
];

/** Starts a server script; resolves with its port and process once it prints {"port": n}. */
function startServer({ name, script, dist }, url, { profile = false } = {}) {
  const profiling = profile && name === 'product' && flags['cpu-prof'];
  const deployed = name === 'baseline' ? null : startCommandOf(dist ?? THIS_DIST);
  const child = spawn(
    process.execPath,
    [
      ...(deployed?.options ?? []),
      ...(profiling ? ['--cpu-prof', '--cpu-prof-dir', flags['cpu-prof']] : []),
      new URL(script, import.meta.url).pathname,
    ],
    {
      env: {
        ...process.env,
        ...deployed?.environment,
        DATABASE_URL: url,
        SESSION_SECRET: secret,
        // Budgets no benchmark viewer reaches: the requests are still counted (that cost is
        // measured), never refused.
        SESSION_REQUEST_LIMIT: '1000000000',
        SESSION_COST_LIMIT: '1000000000',
        TOKEN_REQUEST_LIMIT: '1000000000',
        TOKEN_COST_LIMIT: '1000000000',
        ...(dist ? { PRODUCT_DIST: dist } : {}),
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const line = /\{"port":\d+\}/.exec(output)?.[0];
      if (line) resolve({ child, port: JSON.parse(line).port });
    });
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
}

async function stopServer({ child }) {
  child.kill('SIGTERM');
  await new Promise((resolve) =>
    child.exitCode !== null ? resolve() : child.once('exit', resolve),
  );
}

/** Resident memory of a process, in MB (Linux). */
function rssMb(pid) {
  const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return kb ? Math.round(Number(kb) / 1024) : null;
}

/** How one question is sent to each kind of server. */
function requestOf(kind, port, name, parameters, credentials) {
  const question = queries[name];
  const graphql = kind !== 'baseline';
  const body = Buffer.from(JSON.stringify(graphql ? question.graphql(parameters) : parameters));
  const headers = { 'content-type': 'application/json', 'content-length': body.length };
  if (credentials.cookie) headers.cookie = credentials.cookie;
  if (credentials.bearer) headers.authorization = `Bearer ${credentials.bearer}`;
  return { port, path: graphql ? '/graphql' : `/q/${name}`, headers, body };
}

function send(agent, { port, path, headers, body }) {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      { host: '127.0.0.1', port, path, method: 'POST', headers, agent },
      (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode, body: Buffer.concat(chunks).toString() }),
        );
        response.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

async function answer(target) {
  const agent = new Agent({ keepAlive: false });
  const { status, body } = await send(agent, target);
  const parsed = JSON.parse(body);
  if (status !== 200 || parsed.errors)
    throw new Error(`${target.path}: ${status} ${body.slice(0, 500)}`);
  return parsed.data;
}

function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/**
 * `connections` loops sending the request back to back for `seconds`; requests still running
 * then are awaited (at most 60 s more), so a slow server's queue counts against it.
 */
async function drive(target, connections, seconds, nextTarget) {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const latencies = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const hardDeadline = deadline + 60_000;
  const loop = async () => {
    while (performance.now() < deadline) {
      const sentAt = performance.now();
      try {
        const { status } = await Promise.race([
          send(agent, nextTarget ? nextTarget() : target),
          new Promise((_, reject) =>
            setTimeout(() => reject(new Error('timeout')), hardDeadline - sentAt).unref(),
          ),
        ]);
        if (status === 200) latencies.push(performance.now() - sentAt);
        else errors++;
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, loop));
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    seconds: Number(elapsed.toFixed(2)),
    latencies,
  };
}

function summarize(runs) {
  const latencies = runs.flatMap((run) => run.latencies).sort((a, b) => a - b);
  const requests = runs.reduce((sum, run) => sum + run.requests, 0);
  const elapsed = runs.reduce((sum, run) => sum + run.seconds, 0);
  return {
    reqPerSec: Number((requests / elapsed).toFixed(2)),
    // Hundredths: a small question's p50 is ~1 ms, and --growth divides them.
    p50: Number(percentile(latencies, 50)?.toFixed(2)),
    p99: Number(percentile(latencies, 99)?.toFixed(2)),
    requests,
    errors: runs.reduce((sum, run) => sum + run.errors, 0),
  };
}

/** Prepares a database of the scale: migrated by the product, the dataset, accounts. */
async function prepare(scale) {
  const database = `cei_bench_s${scale}_${randomBytes(4).toString('hex')}`;
  const url = databaseUrl(serverUrl, database);
  await ensureDatabase(serverUrl, database);
  const orm = await initOrm({ databaseUrl: url, poolMax: 2 });
  log(`S${scale}: generating`);
  const data = generate(scale);
  log(`S${scale}: loading into ${database}`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await loadDataset(client, data);
  const counts = (
    await client.query(
      `select (select count(*) from organization where kind = 'LEA')::int as leas,
         (select count(*) from organization where kind = 'SCHOOL')::int as schools,
         (select count(*) from team)::int as teams, (select count(*) from person)::int as people,
         (select count(*) from membership)::int as memberships,
         (select count(*) from convening)::int as convenings,
         (select count(*) from attendance)::int as attendance`,
    )
  ).rows[0];
  log(`S${scale}: loaded ${JSON.stringify(counts)}`);
  const { largest, smallest } = largestAndSmallestCounty(data);
  const em = systemFork(orm);
  const account = (email, role, organizationIds) =>
    createAccountRecord(em, {
      email,
      password: PASSWORD,
      displayName: email,
      role,
      organizationIds,
    });
  await account('liaison-largest@example.org', 'COE_LIAISON', [largest.id]);
  await account('liaison-smallest@example.org', 'COE_LIAISON', [smallest.id]);
  await account('staff@example.org', 'CEI_STAFF');
  const partner = await account('partner@example.org', 'API_PARTNER');
  const { token } = await issueApiToken(
    systemFork(orm),
    secret,
    partner,
    'bench',
    new Date(Date.now() + 86_400_000),
  );
  // A team of the largest county for Q3, and ten of its members at its cohort's last convening
  // already held, for Q5 (a convening not yet started takes only excused absences).
  const team = data.teams.find((candidate) => candidate.lea.county_office_id === largest.id);
  const lastConvening = data.convenings
    .filter((c) => c.cohort_id === team.cohort_id && new Date(c.starts_at) < new Date())
    .at(-1);
  const members = data.memberships.filter((m) => m.team_id === team.id);
  const secondTeam = data.teams.find(
    (candidate) => candidate.cohort_id === team.cohort_id && candidate.id !== team.id,
  );
  members.push(...data.memberships.filter((m) => m.team_id === secondTeam.id).slice(0, 2));
  await orm.close();
  await client.end();
  return {
    database,
    url,
    counts,
    token,
    parameters: {
      largest: { countyOfficeId: largest.id, teamId: team.id, conveningId: lastConvening.id },
      smallest: { countyOfficeId: smallest.id },
      members: members.slice(0, 10).map((m) => m.id),
    },
  };
}

async function signIn(port, email) {
  const body = JSON.stringify({
    query: 'mutation ($input: SignInInput!) { signIn(input: $input) { id } }',
    variables: { input: { email, password: PASSWORD } },
  });
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  const cookie = response.headers
    .getSetCookie()
    .find((header) => header.startsWith('cei_session='));
  if (!cookie) throw new Error(`sign-in as ${email} failed: ${await response.text()}`);
  return { cookie: cookie.split(';')[0] };
}

/** Q5's entries, alternating statuses from one request to the next so every request writes. */
let q5Turn = 0;
function q5Parameters(prepared) {
  q5Turn++;
  return {
    conveningId: prepared.parameters.largest.conveningId,
    entries: prepared.parameters.members.map((membershipId, i) => ({
      membershipId,
      status: (q5Turn + i) % 2 === 0 ? 'PRESENT' : 'ABSENT',
    })),
  };
}

function parametersOf(name, prepared, county = 'largest') {
  if (name === 'Q5') return q5Parameters(prepared);
  return { ...prepared.parameters.largest, ...prepared.parameters[county] };
}

/** Statements per request, counted on the wire (median of 5 after 2 warm-ups). */
async function countStatements(prepared, credentialsOf) {
  const proxy = await countingProxy(new URL(prepared.url));
  const viaProxy = new URL(prepared.url);
  viaProxy.host = `127.0.0.1:${proxy.port}`;
  const running = [];
  for (const server of servers)
    running.push([server.name, await startServer(server, viaProxy.toString())]);
  const counts = {};
  try {
    for (const name of names) {
      for (const county of queries[name].viewer === 'liaison'
        ? ['largest', 'smallest']
        : ['largest']) {
        const credentials = credentialsOf(queries[name].viewer, county);
        for (const [kind, server] of running) {
          const samples = [];
          for (let i = 0; i < 7; i++) {
            const target = requestOf(
              kind,
              server.port,
              name,
              parametersOf(name, prepared, county),
              credentials,
            );
            const before = proxy.statements();
            await answer(target);
            // The pool may still be writing its last message when the response arrives.
            await new Promise((resolve) => setTimeout(resolve, 20));
            if (i >= 2) samples.push(proxy.statements() - before);
          }
          samples.sort((a, b) => a - b);
          counts[`${name}/${county}/${kind}`] = samples[2];
        }
      }
    }
  } finally {
    for (const [, server] of running) await stopServer(server);
    await proxy.close();
  }
  counts.budgetWrites = proxy.budgetWrites();
  return counts;
}

function machine() {
  const model = cpus()[0]?.model ?? 'unknown';
  return {
    nproc: cpus().length,
    cpu: model,
    memoryGb: Number((totalmem() / 2 ** 30).toFixed(1)),
    node: process.version,
    postgres: null,
  };
}

/**
 * Starts every server on a prepared database into `running` (the caller stops them) and signs the
 * viewers in on the product; returns the viewers' credentials.
 */
async function startServers(prepared, running, { profile = false } = {}) {
  for (const server of servers)
    running.push([server.name, await startServer(server, prepared.url, { profile })]);
  const [, product] = running.find(([name]) => name === 'product');
  const sessions = {
    liaison: {
      largest: await signIn(product.port, 'liaison-largest@example.org'),
      smallest: await signIn(product.port, 'liaison-smallest@example.org'),
    },
    staff: await signIn(product.port, 'staff@example.org'),
    token: { bearer: prepared.token },
  };
  return (viewer, county = 'largest') =>
    viewer === 'liaison' ? sessions.liaison[county] : sessions[viewer];
}

/** Asks every question of each server (both liaisons for liaison questions); stops on a difference. */
async function checkAnswers(scale, prepared, { running, credentialsOf }) {
  const [, baseline] = running.find(([name]) => name === 'baseline');
  for (const name of names) {
    for (const county of queries[name].viewer === 'liaison'
      ? ['largest', 'smallest']
      : ['largest']) {
      const parameters = parametersOf(name, prepared, county);
      const credentials = credentialsOf(queries[name].viewer, county);
      const expected = JSON.stringify(
        canonical(
          await answer(requestOf('baseline', baseline.port, name, parameters, credentials)),
        ),
      );
      for (const [kind, server] of running.filter(([kind]) => kind !== 'baseline')) {
        const actual = JSON.stringify(
          canonical(await answer(requestOf(kind, server.port, name, parameters, credentials))),
        );
        if (actual !== expected) {
          throw new Error(
            `${name} (${county}): the answers differ\n${kind}: ${actual.slice(0, 1500)}\nbaseline: ${expected.slice(0, 1500)}`,
          );
        }
      }
    }
    log(`S${scale}: ${name} answers agree`);
  }
}

/**
 * Times one question on several servers: `rounds` rounds in which each server in turn gets
 * `seconds` of `connections` clients. `targets`: [key, () => request] pairs; returns each key's
 * summary.
 */
async function timeInterleaved(name, targets, connections) {
  const runs = Object.fromEntries(targets.map(([key]) => [key, []]));
  for (let round = 0; round < rounds; round++) {
    for (const [key, next] of targets) {
      runs[key].push(await drive(next(), connections, seconds, name === 'Q5' ? next : undefined));
    }
  }
  return Object.fromEntries(targets.map(([key]) => [key, summarize(runs[key])]));
}

/** Each server answers for a second first (JIT, caches, pool). */
async function warmUp(name, targets) {
  for (const [, next] of targets) await drive(next(), 1, 1, name === 'Q5' ? next : undefined);
}

async function runScale(scale) {
  const prepared = kept ?? (await prepare(scale));
  if (flags.keep && !kept) writeFileSync(flags.keep, JSON.stringify({ ...prepared, secret }));
  const running = [];
  const result = { scale: `S${scale}`, counts: prepared.counts, statements: {}, queries: {} };
  try {
    const credentialsOf = await startServers(prepared, running, { profile: true });
    await checkAnswers(scale, prepared, { running, credentialsOf });
    result.statements = await countStatements(prepared, credentialsOf);
    log(`S${scale}: statements ${JSON.stringify(result.statements)}`);

    for (const name of names) {
      const credentials = credentialsOf(queries[name].viewer);
      const targets = running.map(([kind, server]) => [
        kind,
        () => requestOf(kind, server.port, name, parametersOf(name, prepared), credentials),
      ]);
      result.queries[name] = {};
      await warmUp(name, targets);
      for (const connections of connectionLevels) {
        const entry = {
          ...(await timeInterleaved(name, targets, connections)),
          rssMb: {},
          ratio: {},
        };
        for (const [kind, server] of running) entry.rssMb[kind] = rssMb(server.child.pid);
        for (const kind of products) {
          entry.ratio[kind] = Number((entry[kind].reqPerSec / entry.baseline.reqPerSec).toFixed(3));
        }
        result.queries[name][connections] = entry;
        log(
          `S${scale} ${name} c${connections}: ${running
            .map(
              ([kind]) =>
                `${kind} ${entry[kind].reqPerSec} req/s${entry[kind].errors ? ` (${entry[kind].errors} failed or refused)` : ''} p50 ${entry[kind].p50} p99 ${entry[kind].p99} RSS ${entry.rssMb[kind]} MB`,
            )
            .join(' | ')} | ratios ${JSON.stringify(entry.ratio)}`,
        );
      }
    }
  } finally {
    for (const [, server] of running) await stopServer(server);
    if (flags.keep) log(`kept ${prepared.database} (${flags.keep}); drop it when done`);
    else await dropDatabase(serverUrl, prepared.database);
  }
  return result;
}

/**
 * --growth: how each question's latency grows with the data. Every scale's database is prepared
 * and served at once (the servers of each scale), and each round times every scale's servers in
 * turn, so the scales are compared on the same machine at the same time, not across runs.
 */
async function runGrowth() {
  const prepared = [];
  const started = [];
  try {
    for (const scale of scales) prepared.push(await prepare(scale));
    for (const [i, scale] of scales.entries()) {
      const running = [];
      started.push({ running });
      started[i].credentialsOf = await startServers(prepared[i], running);
      await checkAnswers(scale, prepared[i], started[i]);
    }
    const result = {
      scales: scales.map((scale) => `S${scale}`),
      counts: Object.fromEntries(scales.map((scale, i) => [`S${scale}`, prepared[i].counts])),
      queries: {},
    };
    for (const name of names) {
      const targets = scales.flatMap((scale, i) => {
        const credentials = started[i].credentialsOf(queries[name].viewer);
        return started[i].running.map(([kind, server]) => [
          `S${scale}/${kind}`,
          () => requestOf(kind, server.port, name, parametersOf(name, prepared[i]), credentials),
        ]);
      });
      result.queries[name] = {};
      await warmUp(name, targets);
      for (const connections of connectionLevels) {
        const timed = await timeInterleaved(name, targets, connections);
        const entry = { growth: {} };
        for (const [key, summary] of Object.entries(timed)) {
          const [scale, kind] = key.split('/');
          entry[scale] ??= {};
          entry[scale][kind] = summary;
        }
        const [first, ...others] = result.scales;
        for (const kind of servers.map((server) => server.name)) {
          entry.growth[kind] = Object.fromEntries(
            others.map((scale) => [
              scale,
              Number((entry[scale][kind].p50 / entry[first][kind].p50).toFixed(2)),
            ]),
          );
        }
        result.queries[name][connections] = entry;
        log(`growth ${name} c${connections}: p50 ${JSON.stringify(entry.growth)}`);
      }
    }
    return result;
  } finally {
    for (const { running } of started) for (const [, server] of running) await stopServer(server);
    for (const { database } of prepared) await dropDatabase(serverUrl, database);
  }
}

function markdown(report) {
  const kinds = [...products, 'baseline'];
  const lines = [
    `Machine: ${report.machine.nproc} × ${report.machine.cpu}, ${report.machine.memoryGb} GB, Node ${report.machine.node}, PostgreSQL ${report.machine.postgres}. ${report.measuredAt}, ${report.settings.rounds} interleaved rounds of ${report.settings.seconds} s per server and level.`,
    `Node.js options and environment (as \`npm start\` gives them): ${Object.entries(
      report.nodeOptions,
    )
      .map(([kind, options]) => `${kind} \`${options.join(' ') || 'none'}\``)
      .join(', ')}.`,
    '',
  ];
  for (const scale of report.scales) {
    lines.push(
      `**${scale.scale}** (${Object.entries(scale.counts)
        .map(([k, v]) => `${v.toLocaleString('en-US')} ${k}`)
        .join(', ')})`,
      '',
      `| query | conns | ${kinds.map((k) => `${k} req/s | p50 ms | p99 ms`).join(' | ')} | ${products.map((k) => `${k} ÷ baseline`).join(' | ')} | statements (${kinds.join(' / ')}) | ${products.map((k) => `${k} RSS MB`).join(' | ')} |`,
      `|---|---:|${kinds.map(() => '---:|---:|---:').join('|')}|${products.map(() => '---:').join('|')}|---|${products.map(() => '---:').join('|')}|`,
    );
    for (const [name, levels] of Object.entries(scale.queries)) {
      const counties = [
        ...new Set(
          Object.keys(scale.statements)
            .filter((key) => key.startsWith(`${name}/`))
            .map((key) => key.split('/')[1]),
        ),
      ];
      const statementText = counties
        .map(
          (county) =>
            `${kinds.map((kind) => scale.statements[`${name}/${county}/${kind}`]).join(' / ')}${counties.length > 1 ? ` (${county})` : ''}`,
        )
        .join(', ');
      for (const [connections, e] of Object.entries(levels)) {
        lines.push(
          `| ${name} | ${connections} | ${kinds.map((k) => `${e[k].reqPerSec}${e[k].errors ? ` (${e[k].errors} failed)` : ''} | ${e[k].p50} | ${e[k].p99}`).join(' | ')} | ${products.map((k) => e.ratio[k]).join(' | ')} | ${statementText} | ${products.map((k) => e.rssMb[k]).join(' | ')} |`,
        );
      }
    }
    lines.push(
      '',
      `Statements are a request's own; the product's timed writes of its budget counters (every 250 ms, a statement for each counter that moved, limits/budget-ledger.ts) are counted apart: ${scale.statements.budgetWrites ?? 0} while the statements above were counted.`,
      '',
    );
  }
  if (report.growth) lines.push(...growthMarkdown(report.growth));
  return lines.join('\n');
}

/** The --growth table: p50 at each scale, side by side, and its growth from the first scale. */
function growthMarkdown(growth) {
  const kinds = [...products, 'baseline'];
  const [first, ...others] = growth.scales;
  const lines = [
    `**${growth.scales.join(' and ')} side by side** (${growth.scales
      .map(
        (scale) =>
          `${scale}: ${Object.entries(growth.counts[scale])
            .map(([k, v]) => `${v.toLocaleString('en-US')} ${k}`)
            .join(', ')}`,
      )
      .join('; ')})`,
    '',
    `| query | conns | ${kinds.map((kind) => `${growth.scales.map((scale) => `${kind} ${scale} req/s | p50 ms`).join(' | ')} | ${others.map((scale) => `${kind} p50 ${first} → ${scale}`).join(' | ')}`).join(' | ')} |`,
    `|---|---:|${kinds.map(() => [...growth.scales.map(() => '---:|---:'), ...others.map(() => '---:')].join('|')).join('|')}|`,
  ];
  for (const [name, levels] of Object.entries(growth.queries)) {
    for (const [connections, e] of Object.entries(levels)) {
      lines.push(
        `| ${name} | ${connections} | ${kinds
          .map((kind) =>
            [
              ...growth.scales.map(
                (scale) => `${e[scale][kind].reqPerSec} | ${e[scale][kind].p50}`,
              ),
              ...others.map((scale) => `${e.growth[kind][scale].toFixed(2)}×`),
            ].join(' | '),
          )
          .join(' | ')} |`,
      );
    }
  }
  lines.push('');
  return lines;
}

const report = {
  measuredAt: new Date().toISOString(),
  label: flags.label,
  machine: machine(),
  settings: { seconds, rounds, connections: connectionLevels, queries: names },
  nodeOptions: Object.fromEntries(
    servers
      .filter((server) => server.name !== 'baseline')
      .map((server) => [server.name, startWords(startCommandOf(server.dist ?? THIS_DIST))]),
  ),
  questions: Object.fromEntries(names.map((name) => [name, queries[name].title])),
  scales: [],
};
{
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  report.machine.postgres = (await client.query('show server_version')).rows[0].server_version;
  await client.end();
}
if (flags.growth) report.growth = await runGrowth();
else for (const scale of scales) report.scales.push(await runScale(scale));
mkdirSync(flags.out, { recursive: true });
const table = markdown(report);
writeFileSync(`${flags.out}/benchmark-${flags.label}.json`, `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(`${flags.out}/benchmark-${flags.label}.md`, `${table}\n`);
console.log(table);

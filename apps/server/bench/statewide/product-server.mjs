// The product's HTTP app on its own process, as `npm start` runs it (production config, no job
// queue), so the benchmark can read its memory and drive it from outside.
//
//   DATABASE_URL=… SESSION_SECRET=… node bench/statewide/product-server.mjs
// prints {"port": n} once listening.
import pino from 'pino';

// As deployed (README): graphql-js and Express read it from the environment when loaded, below.
process.env.NODE_ENV = 'production';

// PRODUCT_DIST: another build's dist folder (run.mjs --before-dist); default this one's.
const dist = process.env.PRODUCT_DIST ?? new URL('../../dist', import.meta.url).pathname;
const { loadConfig } = await import(`${dist}/config/config.js`);
const { initOrm } = await import(`${dist}/database/orm.js`);
const { createApp } = await import(`${dist}/http/app.js`);

const config = loadConfig({ ...process.env, PORT: '0' });
const orm = await initOrm({ databaseUrl: config.databaseUrl });
const app = await createApp({ config, orm, logger: pino({ level: 'silent' }) });
const port = await app.listen(0);
console.log(JSON.stringify({ port }));
process.on('SIGTERM', async () => {
  await app.close();
  await orm.close();
  process.exit(0);
});

// The back office's list searched by email and by name (issue 33), at 10,000 and then 100,000
// records, on memory, Redis (its lexical index) and Postgres (pg_trgm): p50 and p95 of a page's
// answer, and the commands (Redis) or queries (Postgres) each search costs. While staff search the
// Redis every live stream shares, a PING's p99 says whether Redis was held up meanwhile.
import { startPostgres } from '../../test/support/postgres.mjs';
import { startRedis } from '../../test/support/redis.mjs';
import { quantile, row } from './rows.mjs';
import { pool, sleep } from './streams.mjs';

const SIZES = (process.env.BENCH_SEARCH_SIZES ?? '10000,100000').split(',').map(Number);
const CALLS = 200;
const FIRST = [
  'olivia',
  'amelia',
  'isla',
  'ava',
  'mia',
  'ivy',
  'lily',
  'isabella',
  'rosie',
  'sophia',
  'grace',
  'willow',
  'freya',
  'florence',
  'emily',
  'ella',
  'poppy',
  'evie',
  'elsie',
  'charlotte',
  'noah',
  'oliver',
  'george',
  'leo',
  'arthur',
  'muhammad',
  'harry',
  'oscar',
  'archie',
  'henry',
  'theodore',
  'freddie',
  'jack',
  'charlie',
  'finley',
  'thomas',
  'alfie',
  'teddy',
  'william',
  'jacob',
  'aisha',
  'chen',
  'dara',
  'emeka',
  'fatima',
  'goran',
  'hana',
  'ines',
  'jakub',
  'kwame',
];
const LAST = [
  'smith',
  'jones',
  'taylor',
  'brown',
  'williams',
  'wilson',
  'johnson',
  'davies',
  'patel',
  'robinson',
  'wright',
  'thompson',
  'evans',
  'walker',
  'white',
  'roberts',
  'green',
  'hall',
  'thomas',
  'clarke',
  'jackson',
  'wood',
  'harris',
  'edwards',
  'turner',
  'martin',
  'cooper',
  'hill',
  'ward',
  'hughes',
  'moore',
  'clark',
  'king',
  'harrison',
  'lewis',
  'baker',
  'lee',
  'allen',
  'morris',
  'khan',
  'scott',
  'watson',
  'davis',
  'parker',
  'james',
  'bennett',
  'young',
  'phillips',
  'richardson',
  'mitchell',
  'okafor',
  'nowak',
  'ferreira',
  'kowalski',
  'nguyen',
  'haddad',
  'yilmaz',
  'rossi',
  'mensah',
  'popescu',
];
const DOMAINS = [
  'gmail.com',
  'outlook.com',
  'yahoo.co.uk',
  'icloud.com',
  'hotmail.co.uk',
  'btinternet.com',
  'example.org',
  'proton.me',
];
const title = (word) => word[0].toUpperCase() + word.slice(1);

/** Record `n` of the bench's business: a name, an email, a time; the same every run. */
function recordOf(n) {
  const first = FIRST[(n * 7919) % FIRST.length];
  const last = LAST[(n * 104_729) % LAST.length];
  const createdAt = new Date(Date.parse('2024-01-01T00:00:00.000Z') + n * 60_000).toISOString();
  return {
    sessionId: `bench-${n.toString(36)}-${((n * 2_654_435_761) >>> 0).toString(36)}`,
    name: `${title(first)} ${title(last)}`,
    email: `${first}.${last}${n}@${DOMAINS[n % DOMAINS.length]}`,
    createdAt,
    state: n % 3 === 0 ? 'ONGOING' : 'COMPLETED',
    outcome: n % 3 === 0 ? 'PENDING' : 'APPROVED',
    mediaDeleted: false,
    audit: [{ at: createdAt, by: 'person', action: 'session.created.link' }],
  };
}

/** Searches `records` CALLS times with `queryOf(i)`; resolves p50 and p95 in ms and what each call cost. */
async function timed(records, queryOf, cost) {
  const times = [];
  const before = await cost();
  for (let i = 0; i < CALLS; i += 1) {
    const started = performance.now();
    const page = await records.list({ query: queryOf(i) });
    times.push(performance.now() - started);
    if (page.sessions.length === 0) throw new Error(`no match for ${queryOf(i)}`);
  }
  const spent = (await cost()) - before;
  return { p50: quantile(times, 0.5), p95: quantile(times, 0.95), perCall: spent / CALLS };
}

/** One backend grown to each size in turn and searched at each; rows added. */
async function searchBackend(name, { records, cost, unit, fill, during }) {
  let size = 0;
  const results = {};
  for (const target of SIZES) {
    const filling = performance.now();
    await fill(size, target);
    const fillS = ((performance.now() - filling) / 1000).toFixed(0);
    size = target;
    const pick = (i) => recordOf((i * 7_877) % size);
    const stop = during?.();
    const byEmail = await timed(records, (i) => pick(i).email, cost);
    const byName = await timed(records, (i) => pick(i).name.toLowerCase(), cost);
    const side = await stop?.();
    results[target] = { byEmail, byName };
    for (const [what, figures] of [
      ['email', byEmail],
      ['name', byName],
    ]) {
      const growth =
        results[SIZES[0]] && target !== SIZES[0]
          ? figures.p95 / results[SIZES[0]][what === 'email' ? 'byEmail' : 'byName'].p95
          : undefined;
      row(
        'search',
        `${name}, ${target.toLocaleString('en')} records: by ${what}, p50 / p95`,
        `${figures.p50.toFixed(1)} / ${figures.p95.toFixed(1)}`,
        'ms',
        `${unit ? `${figures.perCall.toFixed(1)} ${unit} a search; ` : ''}${growth ? `p95 x${growth.toFixed(2)} from ${SIZES[0].toLocaleString('en')}; ` : ''}${what === 'email' ? 'one record matches' : `~${Math.max(1, Math.round(target / (FIRST.length * LAST.length)))} records match`}; filled in ${fillS} s${side ? `; ${side}` : ''}`,
      );
    }
  }
}

/** Fills `records` with records from..to through the adapter's own create, `width` at a time. */
const filler = (records, width) => (from, to) =>
  pool(
    Array.from({ length: to - from }, (_, i) => from + i),
    width,
    (n) => records.create(recordOf(n)),
  );

export async function search() {
  const server = await import(`${process.cwd()}/dist/node/server.js`);
  const { redisStore } = await import(`${process.cwd()}/dist/node/server-redis.js`);
  const { postgresRecords } = await import(`${process.cwd()}/dist/node/server-postgres.js`);
  const { Pool } = await import('pg');

  const memory = new server.MemoryRecords(Math.max(...SIZES) + 10);
  await searchBackend('memory', { records: memory, cost: async () => 0, unit: '', fill: filler(memory, 1) });

  const redis = await startRedis();
  const store = redisStore({ url: redis.url, prefix: 'search-bench:', onError: () => {} });
  const { createClient } = await import('redis');
  const probe = await createClient({ url: redis.url }).connect();
  try {
    await store.ready;
    const commands = async () =>
      Number((await probe.info('stats')).match(/total_commands_processed:(\d+)/)?.[1] ?? 0) - 1;
    // A live stream's view of Redis while staff search it: how long a PING waits.
    const pings = () => {
      const waits = [];
      let running = true;
      const loop = (async () => {
        while (running) {
          const started = performance.now();
          await probe.ping();
          waits.push(performance.now() - started);
          await sleep(5);
        }
      })();
      return async () => {
        running = false;
        await loop;
        return `a PING meanwhile waited p99 ${quantile(waits, 0.99).toFixed(1)} ms (max ${quantile(waits, 1).toFixed(1)}), over ${waits.length}`;
      };
    };
    await searchBackend('Redis', {
      records: store.records,
      cost: commands,
      unit: 'commands',
      fill: filler(store.records, 64),
      during: pings,
    });
  } finally {
    await probe.close();
    await store.close();
    await redis.close();
  }

  const postgres = await startPostgres();
  const pg = new Pool({ connectionString: postgres.connectionString, max: 10 });
  let queries = 0;
  const counting = {
    query: (...args) => {
      queries += 1;
      return pg.query(...args);
    },
    connect: () => pg.connect(),
    on: (...args) => pg.on(...args),
    end: () => pg.end(),
  };
  const records = postgresRecords({ pool: counting }, { onError: () => {} });
  try {
    await records.ready;
    await searchBackend('Postgres', {
      records,
      cost: async () => queries,
      unit: 'queries',
      fill: filler(records, 16),
    });
  } finally {
    await records.close();
    await pg.end();
    await postgres.close();
  }
}

// `npm run bench`: size, speed, request economy, the helper's overhead, live status under load (up
// to 10,000 streams opened in one burst), chaos (clients dropping streams at random while Redis goes
// away; a Redis Cluster primary killed mid-stream) and the back office's search at 100,000 records,
// printed as one table and written to bench/results/bench.json. `npm run bench -- live search` runs
// only the parts named. Needs the build (made when missing), redis-server and PostgreSQL. Each part
// is in scripts/bench/; every process a part starts is stopped, whichever way it ends.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { browserFigures } from './bench/browser.mjs';
import { chaos } from './bench/chaos.mjs';
import { chaosCluster } from './bench/chaos-cluster.mjs';
import { requestEconomy } from './bench/economy.mjs';
import { helperOverhead } from './bench/helper.mjs';
import { liveLoad } from './bench/live-load.mjs';
import { benchServer } from './bench/pages.mjs';
import { row, rows } from './bench/rows.mjs';
import { search } from './bench/search.mjs';
import { sizes } from './bench/sizes.mjs';

if (!existsSync('dist/yoti-elements.min.js') || !existsSync('dist/node/server.js')) {
  spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
}

let failed = false;
// A promise nobody awaited that fails (a stream refused, a socket reset) is a failed figure, never
// the end of the bench: its parts still stop what they started.
process.on('unhandledRejection', (error) => {
  failed = true;
  console.error('bench: unhandled', error);
});
const only = process.argv.slice(2);
/** Runs one part (unless others were named); a part that fails is a row of the table (and the exit code), not the end. */
async function part(name, run) {
  if (only.length > 0 && !only.includes(name)) return;
  const [load] = loadavg();
  try {
    await run();
  } catch (error) {
    failed = true;
    row(name, 'FAILED', '-', '', error instanceof Error ? error.message : String(error));
  }
  // The machine's own load: figures taken beside other work say so.
  row(
    name,
    'machine load average (1 min), at start / end',
    `${load.toFixed(1)} / ${loadavg()[0].toFixed(1)}`,
    '',
    '2 cores',
  );
}

await part('size', sizes);
if (only.length === 0 || only.includes('speed') || only.includes('requests')) {
  const pages = await benchServer();
  try {
    await part('speed', () => browserFigures(pages.origin));
    await part('requests', () => requestEconomy(pages));
  } finally {
    pages.close();
  }
}
await part('helper', helperOverhead);
await part('live', liveLoad);
await part('chaos', chaos);
await part('chaos-cluster', chaosCluster);
await part('search', search);

const width = (key) => Math.max(...rows.map((r) => String(r[key]).length), key.length);
const columns = ['group', 'measure', 'value', 'unit', 'note'];
const line = (r) => columns.map((key) => String(r[key]).padEnd(width(key))).join('  ');
console.log(`\n${line(Object.fromEntries(columns.map((c) => [c, c])))}`);
console.log(columns.map((key) => '-'.repeat(width(key))).join('  '));
for (const r of rows) console.log(line(r));
mkdirSync('bench/results', { recursive: true });
writeFileSync(
  'bench/results/bench.json',
  `${JSON.stringify({ date: new Date().toISOString(), rows }, null, 2)}\n`,
);
console.log('\nwritten to bench/results/bench.json');
process.exit(failed ? 1 : 0);

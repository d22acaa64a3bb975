// `npm run bench`: size, speed, request economy, the helper's overhead, live status under load and
// chaos (clients dropping streams at random while Redis goes away),
// printed as one table and written to bench/results/bench.json. Needs the build (made when
// missing) and, for the load figures, redis-server. Each part is in scripts/bench/.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { browserFigures } from './bench/browser.mjs';
import { chaos } from './bench/chaos.mjs';
import { requestEconomy } from './bench/economy.mjs';
import { helperOverhead } from './bench/helper.mjs';
import { liveLoad } from './bench/live-load.mjs';
import { benchServer } from './bench/pages.mjs';
import { row, rows } from './bench/rows.mjs';
import { sizes } from './bench/sizes.mjs';

if (!existsSync('dist/yoti-elements.min.js') || !existsSync('dist/node/server.js')) {
  spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
}

let failed = false;
/** Runs one part; a part that fails is a row of the table (and the exit code), not the end. */
async function part(name, run) {
  try {
    await run();
  } catch (error) {
    failed = true;
    row(name, 'FAILED', '-', '', error instanceof Error ? error.message : String(error));
  }
}

await part('size', sizes);
const pages = await benchServer();
try {
  await part('speed', () => browserFigures(pages.origin));
  await part('requests', () => requestEconomy(pages));
} finally {
  pages.close();
}
await part('helper', helperOverhead);
await part('live', liveLoad);
await part('chaos', chaos);

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

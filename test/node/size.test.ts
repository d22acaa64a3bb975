// Size ceilings (issue 14), asserted on every run: each element bundled the way a user's bundler
// would (lit, qrcode's encoder and floating-ui inside, minified, dynamic imports split), gzipped.
// The ceiling holds what a page loads up front; the French strings and the share panel's popover
// positioning (floating-ui) load on demand and are checked apart. Each line also prints the entry's
// own cost above the libraries it loads up front.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { LOCALES } from '../../src/shared/locales.js';
import { BUDGETS_KB, bundleSize, ENTRIES } from '../support/bundle-size.mjs';

const names = Object.keys(ENTRIES) as Array<keyof typeof ENTRIES>;
/** The single-file build carries all three, up front in one file: all three's ceiling. */
const SINGLE_FILE_KB = 38.6;
/** What each entry loads up front, kB, as measured by the tests below (for docs/performance.md's table). */
const measured = new Map<string, number>();

describe('bundle sizes hold their ceilings (min + gz)', () => {
  for (const name of names) {
    const budget = BUDGETS_KB[name];
    it(`${name} ≤ ${budget} kB up front, French and floating-ui apart`, async () => {
      const { gz, floorGz, onDemand } = await bundleSize(name);
      measured.set(name, gz);
      console.log(
        `size: ${name} ${gz.toFixed(1)} kB up front (ceiling ${budget} kB; libraries ${floorGz.toFixed(1)}, ours ${(gz - floorGz).toFixed(1)}), on demand: French ${onDemand.French.toFixed(1)} kB, floating-ui ${onDemand['floating-ui'].toFixed(1)} kB`,
      );
      assert.ok(gz <= budget, `${name} is ${gz.toFixed(1)} kB, over its ${budget} kB ceiling`);
      // Each language is a chunk of its own: a page in English downloads none, a French page French only.
      assert.ok(onDemand.French > 0.5 && onDemand.French <= 8, `French: ${onDemand.French.toFixed(1)} kB`);
      assert.ok((onDemand.loader ?? 0) <= 2, `the languages' loader: ${onDemand.loader} kB`);
      for (const tag of LOCALES) {
        const chunk = (onDemand as Record<string, number>)[tag] ?? 0;
        assert.ok(chunk > 0.3 && chunk <= 10, `${tag}: ${chunk.toFixed(1)} kB on demand`);
      }
      assert.equal((onDemand as Record<string, number>).other ?? 0, 0, 'nothing else on demand');
      // floating-ui (only what the popover uses) loads once a share panel opens, not with the page.
      const popover = name === 'share-button' || name === 'all three';
      const floating = onDemand['floating-ui'];
      assert.ok(
        popover ? floating > 3 && floating <= 7 : floating === 0,
        `floating-ui: ${floating.toFixed(1)} kB`,
      );
    });
  }

  it(`the single-file build ≤ ${SINGLE_FILE_KB} kB, every language a chunk beside it loaded only when wanted`, () => {
    const code = readFileSync('dist/yoti-elements.min.js', 'utf8');
    const size = gzipSync(code, { level: 9 }).length / 1000;
    console.log(`size: single-file build ${size.toFixed(1)} kB (ceiling ${SINGLE_FILE_KB} kB)`);
    measured.set('one file', size);
    assert.ok(size <= SINGLE_FILE_KB, `${size.toFixed(1)} kB`);
    // One file for what a page needs up front: no static import, so no other file before it runs.
    assert.ok(!/\bfrom\s*["']\.{0,2}\/|(^|[;}\n])import\s*["']/.test(code), 'no static import');
    assert.ok(!code.includes('Réessayer'), 'the French strings are not inside');
    const chunks = [...code.matchAll(/\bimport\(\s*["']\.\/chunks\/([\w-]+\.js)["']\s*\)/g)].map(
      ([, name]) => name,
    );
    assert.ok(chunks.length > 0, 'the languages load from dist/chunks/');
    for (const name of chunks) assert.ok(existsSync(`dist/chunks/${name}`), `dist/chunks/${name} is there`);
    assert.ok(!/\bimport\(\s*["'](?!\.\/chunks\/)/.test(code), 'every chunk from dist/chunks/');
  });

  // docs/performance.md's table is what a newcomer reads: its ceilings are these, and its figures
  // are what is reached (to the 0.1 kB it shows), so it cannot drift from the build.
  it('docs/performance.md states each ceiling and what each entry loads up front', () => {
    const readme = readFileSync('docs/performance.md', 'utf8');
    const entryOf = (label: string) =>
      label.includes('(all three)')
        ? 'all three'
        : label.includes('(one file)')
          ? 'one file'
          : label.replace(/^`yoti-elements\/(admin\/)?|`.*$/g, '');
    const rows = [...readme.matchAll(/^\| (`yoti-elements[^|]*?)\s*\| ([\d.]+) kB\s*\| ([\d.]+) kB\s*\|/gm)];
    const stated = new Map(rows.map(([, label, upFront, ceiling]) => [entryOf(label), { upFront, ceiling }]));
    assert.deepEqual([...stated.keys()].sort(), [...names, 'one file'].sort(), 'a row for every entry');
    for (const [entry, { upFront, ceiling }] of stated) {
      const budget = entry === 'one file' ? SINGLE_FILE_KB : BUDGETS_KB[entry as keyof typeof BUDGETS_KB];
      assert.equal(Number(ceiling), budget, `${entry}: the table's ceiling`);
      const reached = measured.get(entry);
      assert.ok(reached !== undefined, `${entry} was measured`);
      assert.ok(
        Math.abs(Number(upFront) - reached) <= 0.1,
        `${entry}: the table says ${upFront} kB, the build is ${reached.toFixed(2)} kB`,
      );
    }
  });
});

// Size ceilings (issue 14), asserted on every run: each element bundled the way a user's bundler
// would (lit, qrcode's encoder and floating-ui inside, minified, dynamic imports split), gzipped.
// The ceiling holds what a page loads up front; the French strings load on demand and are checked
// apart. Each line also prints the entry's own cost above the libraries it stands on.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { BUDGETS_KB, bundleSize, ENTRIES } from '../../scripts/bundle-size.mjs';

const names = Object.keys(ENTRIES) as Array<keyof typeof ENTRIES>;
/** The single-file build carries all three, French inside: all three's ceiling plus the French. */
const SINGLE_FILE_KB = 42;

describe('bundle sizes hold their ceilings (min + gz)', () => {
  for (const name of names) {
    const budget = BUDGETS_KB[name];
    it(`${name} ≤ ${budget} kB up front, French apart`, async () => {
      const size = await bundleSize(name);
      console.log(
        `size: ${name} ${size.gz.toFixed(1)} kB up front (ceiling ${budget} kB; libraries ${size.floorGz.toFixed(1)}, ours ${(size.gz - size.floorGz).toFixed(1)}), French ${size.lazyGz.toFixed(1)} kB on demand`,
      );
      assert.ok(size.gz <= budget, `${name} is ${size.gz.toFixed(1)} kB, over its ${budget} kB ceiling`);
      // The French tables are their own chunks: a page in English never downloads them.
      assert.ok(size.lazyGz > 0.5 && size.lazyGz <= 4, `French on demand: ${size.lazyGz.toFixed(1)} kB`);
    });
  }

  it(`the single-file build (French inside) ≤ ${SINGLE_FILE_KB} kB`, () => {
    const code = readFileSync('dist/yoti-elements.min.js', 'utf8');
    const size = gzipSync(code, { level: 9 }).length / 1000;
    console.log(`size: single-file build ${size.toFixed(1)} kB (ceiling ${SINGLE_FILE_KB} kB)`);
    assert.ok(size <= SINGLE_FILE_KB, `${size.toFixed(1)} kB`);
    assert.ok(code.includes('Réessayer'), 'the French strings are inside');
    assert.ok(!/\bimport\s*\(/.test(code), 'no chunk to load');
  });
});

// Size ceilings, asserted on every run: each element bundled the way a user's bundler would
// (lit, qrcode and floating-ui inside, minified), gzipped. These are today's sizes plus a small
// margin, so that nothing grows unnoticed; the budgets of the benchmark issue (24 / 9 / 10 / 30 kB)
// are printed by `npm run bench` and not met yet.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { bundleSize, ENTRIES } from '../../scripts/bundle-size.mjs';

const CEILINGS_KB: Record<keyof typeof ENTRIES, number> = {
  'share-button': 32.5,
  'docscan-frame': 14,
  'idv-status': 14,
  'all three': 40,
};

describe('bundle sizes stay under their ceilings (min + gz)', () => {
  for (const [name, ceiling] of Object.entries(CEILINGS_KB) as Array<[keyof typeof ENTRIES, number]>) {
    it(`${name} ≤ ${ceiling} kB`, async () => {
      const size = (await bundleSize(ENTRIES[name])).gz;
      console.log(`size: ${name} ${size.toFixed(1)} kB (ceiling ${ceiling} kB)`);
      assert.ok(size <= ceiling, `${name} is ${size.toFixed(1)} kB, over its ${ceiling} kB ceiling`);
    });
  }

  it('the single-file build ≤ 42 kB', () => {
    const size = gzipSync(readFileSync('dist/yoti-elements.min.js'), { level: 9 }).length / 1000;
    console.log(`size: single-file build ${size.toFixed(1)} kB (ceiling 42 kB)`);
    assert.ok(size <= 42);
  });
});

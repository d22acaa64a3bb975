// Bundle sizes, as a user's bundler makes them (scripts/bundle-size.mjs), and the single-file build.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { BUDGETS_KB, bundleSize, ENTRIES } from '../../test/support/bundle-size.mjs';
import { row } from './rows.mjs';

export async function sizes() {
  for (const name of Object.keys(ENTRIES)) {
    const { raw, gz, onDemand, floorGz } = await bundleSize(name);
    const budget = BUDGETS_KB[name];
    const popover =
      onDemand['floating-ui'] > 0
        ? `, floating-ui +${onDemand['floating-ui'].toFixed(1)} kB once a panel opens`
        : '';
    row(
      'size',
      `${name} (min + gz, up front)`,
      gz.toFixed(1),
      'kB',
      `raw ${raw.toFixed(1)} kB; ceiling ${budget} kB ${gz <= budget ? 'met' : 'MISSED'}; libraries ${floorGz.toFixed(1)} kB, ours ${(gz - floorGz).toFixed(1)} kB; on demand: French +${onDemand.French.toFixed(1)} kB${popover}`,
    );
  }
  const single = readFileSync('dist/yoti-elements.min.js');
  row(
    'size',
    'single-file build (gz, French inside)',
    (gzipSync(single, { level: 9 }).length / 1000).toFixed(1),
    'kB',
    `raw ${(single.length / 1000).toFixed(1)} kB`,
  );
}

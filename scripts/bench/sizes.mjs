// Bundle sizes, as a user's bundler makes them (test/support/bundle-size.mjs), where the bytes of the
// smaller elements come from (by module), and the single-file build.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { attribution, BUDGETS_KB, bundleSize, ENTRIES } from '../../test/support/bundle-size.mjs';
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
  // Where the Doc Scan frame's and the status card's bytes go: each module of 0.15 kB or more, then the rest.
  for (const name of ['docscan-frame', 'idv-status']) {
    const modules = await attribution(name);
    const rest = modules.filter(({ gz }) => gz < 0.15);
    for (const { module, gz } of modules.filter(({ gz }) => gz >= 0.15))
      row('size', `${name}: ${module}`, gz.toFixed(2), 'kB', 'its share of the gz up front');
    const restGz = rest.reduce((sum, { gz }) => sum + gz, 0);
    row(
      'size',
      `${name}: ${rest.length} smaller modules`,
      restGz.toFixed(2),
      'kB',
      rest.map(({ module }) => module).join(', '),
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

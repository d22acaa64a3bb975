// How big each element is for a user: its package entry bundled the way a user's bundler would
// (lit-html and floating-ui inside, minified, dynamic imports split into their own chunks), each
// file gzipped as a server would send it. `gz` is what a page loads up front; `lazyGz` what loads
// on demand (the French strings, on a French page). Shared by `npm run bench` and the size test.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export const ENTRIES = {
  'share-button': './dist/browser/share-button.js',
  'docscan-frame': './dist/browser/docscan-frame.js',
  'idv-status': './dist/browser/idv-status.js',
  'all three': './dist/browser/define.js',
};

/** The budgets, gzipped kB, for what each entry loads up front. */
export const BUDGETS_KB = { 'share-button': 24, 'docscan-frame': 9, 'idv-status': 10, 'all three': 30 };

const kB = (bytes) => bytes / 1000;
const gz = (code) => gzipSync(code, { level: 9 }).length;

/** Sizes in kB (1000 bytes) of `entry` bundled and minified: up front raw and gzipped, and on demand gzipped. */
export async function bundleSize(entry) {
  const result = await build({
    stdin: { contents: `import ${JSON.stringify(entry)};`, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    splitting: true,
    format: 'esm',
    outdir: 'out',
    write: false,
    metafile: true,
    target: 'es2022',
    logLevel: 'silent',
  });
  const files = new Map(result.outputFiles.map((file) => [file.path.slice(process.cwd().length + 1), file]));
  const outputs = result.metafile.outputs;
  const main = Object.keys(outputs).find((path) => outputs[path].entryPoint === '<stdin>');
  // What the entry imports statically, and what those import, loads with it; the rest on demand.
  const upFront = new Set();
  const visit = (path) => {
    if (upFront.has(path)) return;
    upFront.add(path);
    for (const imported of outputs[path].imports)
      if (imported.kind === 'import-statement') visit(imported.path);
  };
  visit(main);
  let [raw, gzip, lazyGz] = [0, 0, 0];
  for (const [path, file] of files) {
    if (!path.endsWith('.js')) continue;
    if (upFront.has(path)) {
      raw += file.contents.length;
      gzip += gz(file.contents);
    } else lazyGz += gz(file.contents);
  }
  return { raw: kB(raw), gz: kB(gzip), lazyGz: kB(lazyGz), files: upFront.size };
}

// How big each element is for a user: its package entry bundled the way a user's bundler would
// (lit, qrcode and floating-ui inside, minified), gzipped. Shared by `npm run bench` and the size test.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export const ENTRIES = {
  'share-button': './dist/browser/share-button.js',
  'docscan-frame': './dist/browser/docscan-frame.js',
  'idv-status': './dist/browser/idv-status.js',
  'all three': './dist/browser/define.js',
};

/** Sizes in kB (1000 bytes) of `entry` bundled and minified: raw and gzipped. */
export async function bundleSize(entry) {
  const result = await build({
    stdin: { contents: `import ${JSON.stringify(entry)};`, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    target: 'es2022',
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  return { raw: code.length / 1000, gz: gzipSync(code, { level: 9 }).length / 1000 };
}

// How big each element is for a user: its package entry bundled the way a user's bundler would
// (lit, qrcode's encoder and floating-ui inside, minified, dynamic imports split into their own
// chunks), each file gzipped as a server would send it. `gz` is what a page loads up front;
// `onDemand` what loads later, by what it holds: each language's strings (`fr`, `de`, …, and
// `French` for `fr`), loaded on a page in that language, and floating-ui (when a share panel opens,
// for its "How it works" popover). `floorGz` is what the
// libraries the entry loads up front cost with an empty element (measured the same way), so
// `gz - floorGz` is the cost of our own code. Shared by `npm run bench` and the size test.
import { gzipSync } from 'node:zlib';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import { build } from 'esbuild';

export const ENTRIES = {
  'share-button': './dist/browser/share-button.js',
  'docscan-frame': './dist/browser/docscan-frame.js',
  'idv-status': './dist/browser/idv-status.js',
  'all three': './dist/browser/define.js',
  'idv-sessions': './dist/browser/admin-idv-sessions.js',
  'idv-review': './dist/browser/admin-idv-review.js',
  'idv-link-form': './dist/browser/admin-idv-link-form.js',
};

/**
 * The ceilings, gzipped kB, for what each entry loads up front: what is reached, and a little room.
 * Raised by issues 30, 31 and 34, by what a person now gets from each: the outcome told truthfully
 * (banners, the next step), every language's loader with plurals and dates through Intl, right to
 * left, dark colours, focus rings and one live region per element (about 1.2 kB each); the frame's
 * preflight and ways forward (1.4 kB) and the capture's progress, followed live (1.6 kB, shared
 * with the status card). Issue 32 added about 0.5 kB to each: an event fired before a framework
 * attached its listener is kept for it (src/core/unheard-events.ts), a stream opened once when an
 * element is moved, WebKit's Escape closing an open popover alone.
 */
export const BUDGETS_KB = {
  // 26.5 before issue 31 (languages, dark colours, focus, announcements).
  'share-button': 28.4,
  // 13.2 before issues 31 and 34 (the preflight, the capture's progress).
  'docscan-frame': 19.1,
  // 13 before issues 30, 31 and 34 (outcome banners, the capture's progress).
  'idv-status': 15.1,
  // 33.4 before issues 30, 31 and 34.
  'all three': 38.5,
  // The back office's elements (yoti-elements/admin/…): 15 kB each before issue 30 rebuilt them
  // (permissions, live lists shared by the tabs of a browser, the review's viewer and decisions).
  'idv-sessions': 17.5,
  'idv-review': 20.3,
  'idv-link-form': 15.6,
};

/** The libraries each entry loads up front (lit, @lit/task, qrcode's encoder), as an empty element that uses them. */
const LIT = `import { LitElement } from 'lit'; customElements.define('x-floor', class extends LitElement {});`;
const LIT_QR = `${LIT} export { create } from 'qrcode/lib/core/qrcode.js';`;
const LIT_TASK = `${LIT} export { Task } from '@lit/task';`;
const FLOORS = {
  'share-button': LIT_QR,
  'docscan-frame': LIT_TASK,
  'idv-status': LIT,
  'all three': `${LIT_QR} export { Task } from '@lit/task';`,
  'idv-sessions': LIT,
  'idv-review': LIT,
  'idv-link-form': LIT,
};

/** The languages, by the names of their built files (`fr-<hash>.js`, `pseudo-<hash>.js` for en-XA). */
const LANGUAGE_FILE = /(?:^|\/)(cy|fr|de|es|it|nl|pt|pl|ro|tr|ru|uk|ar|he|ja|zh-Hans|pseudo)-[\w-]{8}\.js$/;

/** What an on-demand chunk holds, from the modules in it: floating-ui, a language (by its tag), or other. */
function holds(inputs) {
  const paths = Object.keys(inputs);
  if (paths.some((path) => path.includes('node_modules/@floating-ui/'))) return 'floating-ui';
  for (const path of paths) {
    const language = LANGUAGE_FILE.exec(path)?.[1];
    if (language) return language === 'pseudo' ? 'en-XA' : language;
  }
  // The table of the languages' chunks, loaded with the first one a page needs (and the bundler's
  // stub that re-exports it).
  if (paths.length === 0 || paths.some((path) => /(?:^|\/)source-[\w-]{8}\.js$/.test(path))) return 'loader';
  return 'other';
}

const kB = (bytes) => bytes / 1000;
const gz = (code) => gzipSync(code, { level: 9 }).length;

/** `contents` bundled as a user's bundler would (chunks split), with `options` over that. */
const bundle = (contents, options = {}) =>
  build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    splitting: true,
    format: 'esm',
    outdir: 'out',
    write: false,
    metafile: true,
    target: 'es2022',
    logLevel: 'silent',
    ...options,
  });

/** gzipped bytes of the libraries under `name`, with an empty element. */
async function floor(name) {
  const result = await bundle(FLOORS[name]);
  return result.outputFiles.reduce((sum, file) => sum + gz(file.contents), 0);
}

/**
 * Sizes in kB (1000 bytes) of entry `name` bundled and minified: up front raw and gzipped, on
 * demand gzipped by what it holds, and the floor of the libraries loaded up front.
 */
export async function bundleSize(name) {
  const result = await bundle(`import ${JSON.stringify(ENTRIES[name])};`);
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
  let [raw, gzip] = [0, 0];
  /** kB loaded on demand, by what it holds: 'floating-ui', each language's tag, 'other'. */
  const byContent = {};
  for (const [path, file] of files) {
    if (!path.endsWith('.js')) continue;
    if (upFront.has(path)) {
      raw += file.contents.length;
      gzip += gz(file.contents);
    } else {
      const what = holds(outputs[path].inputs);
      byContent[what] = (byContent[what] ?? 0) + kB(gz(file.contents));
    }
  }
  const onDemand = { ...byContent, French: byContent.fr ?? 0, 'floating-ui': byContent['floating-ui'] ?? 0 };
  return { raw: kB(raw), gz: kB(gzip), onDemand, floorGz: kB(await floor(name)) };
}

/** The module a position of the bundle came from: `lit-html`, `@lit/task`, or our source path. */
const moduleOf = (source) => {
  const library = source.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  return library ? library[1] : source.replace(/^(\.\.\/)+/, '');
};

/**
 * Where the gzipped bytes of entry `name`'s up-front code come from, by module (each library as
 * one, each of our source files), largest first: the bundle is read in order through its source
 * map, and each run of code is charged what it adds to the gzipped size of what comes before it.
 * A guide for where to shrink (the split depends on the order), summing to the entry's up-front gz.
 */
export async function attribution(name) {
  // One file with a source map; what loads on demand (the French strings, floating-ui) stays out.
  const result = await bundle(`import ${JSON.stringify(ENTRIES[name])};`, {
    splitting: false,
    metafile: false,
    sourcemap: 'external',
    plugins: [onDemandLeftOut],
  });
  const code = result.outputFiles.find((file) => file.path.endsWith('.js'));
  const map = new TraceMap(result.outputFiles.find((file) => file.path.endsWith('.js.map')).text);
  const bytes = new Map();
  let [owner, charged, runStart] = ['(esbuild)', 0, 0];
  const charge = (end) => {
    const size = gz(code.text.slice(0, end));
    bytes.set(owner, (bytes.get(owner) ?? 0) + size - charged);
    charged = size;
  };
  let offset = 0;
  code.text.split('\n').forEach((line, index) => {
    for (let column = 0; column < line.length; column += 1) {
      const { source } = originalPositionFor(map, { line: index + 1, column });
      const module = source ? moduleOf(source) : owner;
      if (module === owner) continue;
      if (offset + column > runStart) charge(offset + column);
      [owner, runStart] = [module, offset + column];
    }
    offset += line.length + 1;
  });
  // esbuild gathers the libraries' licence comments at the end, after the last mapped code.
  const licences = code.text.indexOf('/*! Bundled license information');
  if (licences > runStart) {
    charge(licences);
    owner = "(the libraries' licence comments)";
  }
  charge(code.text.length);
  return [...bytes]
    .map(([module, size]) => ({ module, gz: kB(size) }))
    .filter(({ gz }) => gz > 0)
    .sort((a, b) => b.gz - a.gz);
}

/** Dynamic imports stay imports (not bundled in), as they load on demand. */
const onDemandLeftOut = {
  name: 'on-demand-left-out',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) =>
      args.kind === 'dynamic-import' ? { external: true } : undefined,
    );
  },
};

import { builtinModules } from 'node:module';
import { transform } from 'esbuild';
import { defaultShouldMinifyCSS, minifyHTMLLiterals } from 'minify-literals';
import { defineConfig, type Plugin, type UserConfig } from 'vite';

/**
 * The builds, picked by `--mode` (scripts/build.mjs runs them all):
 * - `browser`: the npm entries for bundlers, ES modules, dependencies left as imports.
 * - `node`: the helper and the sandbox for Node.
 * - `single`: dist/yoti-elements.min.js, one minified ES module for a plain <script type="module">
 *   tag (its other languages in dist/chunks/, loaded on demand); `single-admin`:
 *   dist/yoti-elements-admin.min.js, the same for the back office's elements.
 */
export const browserEntries: Record<string, string> = {
  index: 'src/index.ts',
  define: 'src/define.ts',
  'share-button': 'src/elements/share-button/define.ts',
  'docscan-frame': 'src/elements/docscan-frame/define.ts',
  'idv-status': 'src/elements/idv-status/define.ts',
  react: 'src/react/index.ts',
  admin: 'src/admin/index.ts',
  'admin-idv-sessions': 'src/admin/idv-sessions/define.ts',
  'admin-idv-review': 'src/admin/idv-review/define.ts',
  'admin-idv-link-form': 'src/admin/idv-link-form/define.ts',
};

export const nodeEntries: Record<string, string> = {
  server: 'src/server/index.ts',
  'server-redis': 'src/server/store/redis-store.ts',
  'server-postgres': 'src/server/store/postgres-records.ts',
  sandbox: 'src/sandbox/index.ts',
};

export const singleFileEntry = 'src/define.ts';
/** The back office's elements as one file too, for staff pages without a bundler. */
export const singleAdminEntry = 'src/admin/index.ts';

/**
 * Left as imports in the npm entries. `qrcode`'s encoder (CommonJS only) is bundled into the
 * elements instead, as ES modules, so that no app's bundler meets CommonJS (Angular warns about
 * it); `qrcode` stays a dependency, the encoder of record, and the sandbox imports it as it is.
 */
const runtimeDependencies = ['lit', '@lit/task', '@floating-ui/dom', '@lit/react', 'react'];
const isDependency = (id: string, names: string[]) =>
  names.some((name) => id === name || id.startsWith(`${name}/`));

/**
 * Minifies the markup of the elements' `html`/`svg` templates and the CSS of their `css` templates
 * (minify-literals: html-minifier-terser and clean-css, which know where whitespace matters), so
 * that the shipped templates carry no indentation or comments; the sources stay readable.
 */
const minifyTemplates: Plugin = {
  name: 'minify-templates',
  async transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id) || !/\b(html|svg|css)`/.test(code)) return null;
    const minified = await minifyHTMLLiterals(code, {
      fileName: id,
      // A bare list of declarations (the theme's tokens, src/core/theme.ts) is no stylesheet to
      // clean-css: it stays as written, where it would be skipped with a warning.
      shouldMinifyCSS: (template) =>
        defaultShouldMinifyCSS(template) && template.parts.some((part) => part.text.includes('{')),
    });
    return minified && { code: minified.code, map: minified.map?.toString() };
  },
};

/**
 * Minifies the single-file build with esbuild, all the way: Vite's own minifier keeps whitespace
 * and comments in library ES output (for bundlers that tree-shake it further), but this file goes
 * straight into a page.
 */
const minifyFully: Plugin = {
  name: 'minify-fully',
  async generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      chunk.code = (
        await transform(chunk.code, { minify: true, format: 'esm', target: 'es2022', charset: 'utf8' })
      ).code;
    }
  },
};

/**
 * One minified ES module with `entry` and everything it needs inside, English included; each other
 * language (and the share panel's popover placement) a file of its own beside it (dist/chunks/),
 * loaded from the module's own address when a page needs it: a page in English loads one file.
 */
const singleFile = (entry: string, fileName: string): UserConfig => ({
  plugins: [minifyTemplates, minifyFully],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    copyPublicDir: false,
    minify: false,
    target: 'es2022',
    lib: { entry, formats: ['es'], fileName: () => fileName },
    rolldownOptions: { output: { chunkFileNames: 'chunks/[name]-[hash].js' } },
  },
});

const configs: Record<string, UserConfig> = {
  browser: {
    plugins: [minifyTemplates],
    build: {
      outDir: 'dist/browser',
      copyPublicDir: false,
      minify: false,
      sourcemap: true,
      target: 'es2022',
      lib: { entry: browserEntries, formats: ['es'], fileName: (_format, name) => `${name}.js` },
      rolldownOptions: {
        external: (id) => isDependency(id, runtimeDependencies),
        // The React components are client components: Next.js's App Router may import them from a
        // server component's tree without a wrapper of the app's own.
        output: { banner: (chunk) => (chunk.name === 'react' && chunk.isEntry ? "'use client';" : '') },
      },
    },
  },
  node: {
    build: {
      outDir: 'dist/node',
      copyPublicDir: false,
      minify: false,
      sourcemap: true,
      target: 'node20',
      ssr: true,
      rolldownOptions: {
        input: nodeEntries,
        output: { format: 'es', entryFileNames: '[name].js' },
        external: (id) =>
          id.startsWith('node:') ||
          builtinModules.includes(id) ||
          isDependency(id, ['yoti', 'redis', 'pg', 'qrcode']),
      },
    },
  },
  single: singleFile(singleFileEntry, 'yoti-elements.min.js'),
  'single-admin': singleFile(singleAdminEntry, 'yoti-elements-admin.min.js'),
};

export default defineConfig(({ mode }) => {
  const config = configs[mode];
  if (!config)
    throw new Error(`vite.config.ts: unknown mode "${mode}"; use one of ${Object.keys(configs).join(', ')}`);
  return config;
});

// A dev-server plugin for the browser tests: serves a CommonJS-only module (qrcode's encoder) as an
// ES module, bundled with esbuild on first request, since the test runner serves files as they are.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export function esmFromCommonJs(paths) {
  const cache = new Map();
  const root = fileURLToPath(new URL('..', import.meta.url));
  return {
    name: 'esm-from-commonjs',
    async serve(context) {
      if (!paths.includes(context.path)) return undefined;
      if (!cache.has(context.path)) {
        const result = await build({
          entryPoints: [`${root}${context.path.slice(1)}`],
          bundle: true,
          format: 'esm',
          platform: 'browser',
          write: false,
        });
        cache.set(context.path, result.outputFiles[0].text);
      }
      return { body: cache.get(context.path), type: 'js' };
    },
  };
}

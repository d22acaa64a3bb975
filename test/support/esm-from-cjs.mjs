// A dev-server plugin for the browser tests: serves CommonJS-only modules (qrcode's encoder, jsQR)
// as ES modules, bundled with esbuild on first request, since the test runner serves files as they
// are. `modules` maps each served path to the named exports to lift out of module.exports.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export function esmFromCommonJs(modules) {
  const cache = new Map();
  const root = fileURLToPath(new URL('../..', import.meta.url));
  return {
    name: 'esm-from-commonjs',
    async serve(context) {
      if (!Object.hasOwn(modules, context.path)) return undefined;
      if (!cache.has(context.path)) {
        const file = JSON.stringify(`${root}${context.path.slice(1)}`);
        const names = modules[context.path];
        const result = await build({
          stdin: {
            contents: `export { default${names.map((name) => `, ${name}`).join('')} } from ${file};`,
            resolveDir: root,
          },
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

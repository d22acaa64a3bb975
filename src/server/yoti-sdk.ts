/**
 * The `yoti` SDK, an optional peer dependency (a front-end install of yoti-elements does not bring
 * it): loaded here once, so that the server entry, without it, fails at once saying what to install
 * rather than with a resolution error from deep inside.
 */
import type Yoti from 'yoti';

/**
 * Named, not written in the import: a framework's bundler (Next.js's webpack or Turbopack, Angular's
 * esbuild) follows a literal `import('yoti')` into the SDK and breaks it, since the SDK reads its
 * `.proto` files beside itself at run time. So Node loads it from node_modules, as it is.
 */
const SDK = 'yoti';

async function load(): Promise<typeof Yoti> {
  try {
    const sdk: { default: typeof Yoti } = await import(
      /* webpackIgnore: true */ /* turbopackIgnore: true */ /* @vite-ignore */ SDK
    );
    return sdk.default;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') {
      throw new Error(
        'yoti-elements/server needs the yoti SDK (an optional peer dependency): npm install yoti@^4.13.2',
        { cause: error },
      );
    }
    throw error;
  }
}

const yoti: typeof Yoti = await load();
export default yoti;

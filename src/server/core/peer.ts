/**
 * Loads an optional peer dependency (the `yoti` SDK, `redis`) once, so that an entry without it
 * fails at once saying what to install, rather than with a resolution error from deep inside.
 * The specifier is named, not written in the import: a framework's bundler (Next.js's webpack or
 * Turbopack, Angular's esbuild) follows a literal `import('yoti')` into the SDK and breaks it, since
 * the SDK reads its `.proto` files beside itself at run time. So Node loads it from node_modules.
 */
export async function loadPeer<T>(name: string, range: string, entry: string): Promise<T> {
  try {
    return await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ /* @vite-ignore */ name);
  } catch (error) {
    const { code, message } = error as { code?: unknown; message?: unknown };
    const missing = code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND';
    if (missing && String(message).includes(`'${name}'`)) {
      throw new Error(`${entry} needs ${name} (an optional peer dependency): npm install ${name}@${range}`, {
        cause: error,
      });
    }
    throw error;
  }
}

/**
 * The `yoti` SDK, an optional peer dependency (a front-end install of yoti-elements does not bring
 * it): loaded here once, so that the server entry, without it, fails at once saying what to install
 * rather than with a resolution error from deep inside.
 */
import type Yoti from 'yoti';

async function load(): Promise<typeof Yoti> {
  try {
    return (await import('yoti')).default;
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

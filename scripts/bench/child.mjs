// What the bench's parts share to run a piece in a process of its own (the sandbox, a helper
// instance) and to talk HTTP to it.
import { fork } from 'node:child_process';
import { request } from 'node:http';

/** Every child still running: killed if the bench exits, whichever way, so none is left behind. */
const children = new Set();
process.once('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

/**
 * Forks `module` with `args`, its stdout ignored (the SDK's logging) and an IPC channel; resolves
 * once it sends its first message (what it tells about itself), with send() and stop() (it is
 * told 'stop' and exits).
 */
export async function forkChild(module, args, { name, execArgv = [] }) {
  const child = fork(module, args, { execArgv, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  children.add(child);
  child.once('exit', () => children.delete(child));
  const first = await new Promise((resolve, reject) => {
    child.once('message', resolve);
    child.once('exit', (code) => reject(new Error(`${name} exited (${code})`)));
  });
  return {
    first,
    child,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', resolve);
        child.send('stop');
      }),
  };
}

/** One HTTP exchange over node:http; resolves status, headers and body text. */
export function exchange(url, { method = 'GET', headers = {}, body, agent } = {}) {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers, agent }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => {
        text += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

// The sandbox in a process of its own for the bench, as Yoti is remote: its signature checks and
// pages do not share an event loop with what is measured. Started by `sandboxProcess(options)`;
// told over IPC which IDV sessions to finish.
import { fork } from 'node:child_process';

if (process.argv[2] === '--child') {
  const { startSandbox } = await import(`${process.cwd()}/dist/node/sandbox.js`);
  const sandbox = await startSandbox(JSON.parse(process.argv[3]));
  const { clientSdkId, privateKey, shareApiUrl, idvApiUrl } = sandbox;
  process.send({ clientSdkId, privateKey, shareApiUrl, idvApiUrl });
  process.on('message', (message) => {
    if (message.complete) sandbox.completeIdv(message.complete);
    if (message === 'stop') void sandbox.close().then(() => process.exit(0));
  });
}

/** Starts the sandbox in a child process; resolves its settings, completeIdv(id) and stop(). */
export async function sandboxProcess(options = {}) {
  const child = fork(new URL(import.meta.url), ['--child', JSON.stringify(options)], {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const settings = await new Promise((resolve, reject) => {
    child.once('message', resolve);
    child.once('exit', (code) => reject(new Error(`the sandbox exited (${code})`)));
  });
  return {
    ...settings,
    completeIdv: (id) => child.send({ complete: id }),
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.send('stop');
      }),
  };
}

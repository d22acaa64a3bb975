// The sandbox in a process of its own for the bench, as Yoti is remote: its signature checks and
// pages do not share an event loop with what is measured. Started by `sandboxProcess(options)`;
// told over IPC which IDV sessions to finish.
import { forkChild } from './child.mjs';

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
  const { first, child, stop } = await forkChild(
    new URL(import.meta.url),
    ['--child', JSON.stringify(options)],
    {
      name: 'the sandbox',
    },
  );
  return { ...first, completeIdv: (id) => child.send({ complete: id }), stop };
}

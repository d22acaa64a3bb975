// `npm start`: builds the single-file bundles the demo pages load (the site's and its back office's), then serves the demo host site on
// the sandbox (or on Yoti with YOTI_CLIENT_SDK_ID and YOTI_KEY_FILE_PATH set).
import { execFileSync, spawn } from 'node:child_process';

for (const mode of ['single', 'single-admin'])
  execFileSync('npx', ['vite', 'build', '--mode', mode, '--logLevel', 'warn'], { stdio: 'inherit' });
const child = spawn(process.execPath, ['--import', 'tsx', 'demo/server.ts'], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));

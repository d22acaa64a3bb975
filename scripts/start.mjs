// `npm start`: builds the single-file bundle the demo page loads, then serves the demo host site on
// the sandbox (or on Yoti with YOTI_CLIENT_SDK_ID and YOTI_KEY_FILE_PATH set).
import { execFileSync, spawn } from 'node:child_process';

execFileSync('npx', ['vite', 'build', '--mode', 'single', '--logLevel', 'warn'], { stdio: 'inherit' });
const child = spawn(process.execPath, ['--import', 'tsx', 'demo/server.ts'], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));

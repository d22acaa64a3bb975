// `npm start`: the demo host site on the sandbox (or on Yoti with YOTI_CLIENT_SDK_ID and YOTI_KEY_FILE_PATH).
import { spawn } from 'node:child_process';

const child = spawn(process.execPath, ['--import', 'tsx', 'demo/server.ts'], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));

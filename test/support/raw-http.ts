// Raw HTTP clients for the hostile tests: requests written byte by byte on a socket of their own,
// so that a test can send what fetch would refuse (a bad Host, TRACE) and drop the connection at
// the moment it chooses. Also what the process holds open, to prove nothing outlives a request.
import { connect, type Socket } from 'node:net';

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Opens a socket to `port` on 127.0.0.1 and writes `text`; resolves once connected. */
export function rawSocket(port: number, text: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(text);
      resolve(socket);
    });
    socket.once('error', reject);
  });
}

/** Sends `text` and reads the whole answer (the server closes, or sends Content-Length bytes). */
export async function rawExchange(port: number, text: string): Promise<RawResponse> {
  const socket = await rawSocket(port, text);
  let data = '';
  socket.setEncoding('utf8');
  return new Promise((resolve) => {
    const done = () => {
      socket.destroy();
      resolve(parse(data));
    };
    socket.on('data', (chunk: string) => {
      data += chunk;
      const parsed = parse(data);
      const length = Number(parsed.headers['content-length']);
      if (Number.isFinite(length) && Buffer.byteLength(parsed.body) >= length) done();
    });
    socket.on('end', done);
    socket.on('close', done);
    socket.on('error', done);
  });
}

function parse(data: string): RawResponse {
  const end = data.indexOf('\r\n\r\n');
  const head = end === -1 ? data : data.slice(0, end);
  const [statusLine = '', ...lines] = head.split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const at = line.indexOf(':');
    if (at > 0) headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
  }
  return {
    status: Number(statusLine.split(' ')[1] ?? 0),
    headers,
    body: end === -1 ? '' : data.slice(end + 4),
  };
}

/** A GET request's text, with the given headers. */
export const get = (path: string, headers: Record<string, string>) =>
  `GET ${path} HTTP/1.1\r\n${Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('')}\r\n`;

/** Resolves once `socket` has received something (the response head, say). */
export const firstData = (socket: Socket) =>
  new Promise<string>((resolve) => socket.once('data', (chunk) => resolve(String(chunk))));

/** What this process holds open: timers and sockets, as Node counts its active resources. */
export function openResources(): { timers: number; sockets: number } {
  const resources = process.getActiveResourcesInfo();
  return {
    timers: resources.filter((name) => name === 'Timeout').length,
    sockets: resources.filter((name) => name === 'TCPSocketWrap').length,
  };
}

/**
 * Waits until what the process holds open is back to `baseline` (or at most it), within `timeoutMs`;
 * rejects with what is still open.
 */
export async function backTo(
  baseline: { timers: number; sockets: number },
  check: () => Record<string, number> = () => ({}),
  timeoutMs = 3000,
): Promise<void> {
  const started = Date.now();
  for (;;) {
    const now = { ...openResources(), ...check() };
    const over = Object.entries(now).filter(
      ([name, value]) => value > ((baseline as Record<string, number>)[name] ?? 0),
    );
    if (over.length === 0) return;
    if (Date.now() - started > timeoutMs) {
      throw new Error(
        `still open after ${timeoutMs} ms: ${JSON.stringify(now)} (baseline ${JSON.stringify(baseline)})`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

// The bench's pages: a static server (the single-file build, a QR encoder bundle, and the two
// session event streams, held open and counted), and a helper answered inside the page.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { build } from 'esbuild';

export const QR_URI = 'https://code.yoti.com/CAEaJDM4ZDA4MGM1LTk4YjgtNDYwYS1hNGM0';
const SHARE_ID = 'ss.v2.bench';
const IDV_ID = 'bench-idv';

/** What the helper answers for the bench's sessions (its GET routes, and each stream's message). */
function shareState(status, live) {
  return {
    sessionId: SHARE_ID,
    status,
    expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    app: { name: 'Bench' },
    wanted: [{ name: 'full_name', optional: false }],
    ...(status === 'COMPLETED' ? { receiptId: 'bench-receipt' } : {}),
    ...(live ? { live: true } : {}),
  };
}
const idvState = (state, live) => ({ sessionId: IDV_ID, state, checks: [], ...(live ? { live: true } : {}) });

/**
 * Serves the bench pages; `streams` counts the event-stream connections made to it (each held open
 * with its first message, the current state, as the helper's are).
 */
export async function benchServer() {
  const qr = await build({
    entryPoints: ['src/elements/share-button/qr.ts'],
    bundle: true,
    format: 'esm',
    write: false,
    minify: true,
    logLevel: 'silent',
  });
  const files = {
    '/yoti.js': ['text/javascript', readFileSync('dist/yoti-elements.min.js')],
    '/qr.js': ['text/javascript', Buffer.from(qr.outputFiles[0].contents)],
    '/': [
      'text/html',
      Buffer.from(
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head><body></body></html>',
      ),
    ],
  };
  const streams = { share: 0, idv: 0 };
  const open = new Set();
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    const stream =
      path === `/yoti/share-sessions/${SHARE_ID}/events`
        ? ['share', shareState('CREATED', true)]
        : path === `/yoti/idv-sessions/${IDV_ID}/events`
          ? ['idv', idvState('ONGOING', true)]
          : undefined;
    if (stream) {
      streams[stream[0]] += 1;
      open.add(res);
      res.on('close', () => open.delete(res));
      res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store' });
      res.write(`retry: 2000\n\nid: 1\nevent: status\ndata: ${JSON.stringify(stream[1])}\n\n`);
      return;
    }
    const file = files[path];
    if (!file) return res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': file[0] }).end(file[1]);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    streams,
    close: () => {
      for (const res of open) res.destroy();
      server.close();
    },
  };
}

/**
 * Answers the helper's JSON routes at once, in the page (a `fetch` that never touches the
 * network), counting them in `window.benchCounts`; `window.benchState` decides what polls see.
 * With `live` the sessions say the helper streams them (their streams come from benchServer).
 */
export async function instantHelper(page, { live = false, delayMs = 0 } = {}) {
  await page.addInitScript(
    ({ qrCodeUri, share, idv, delay }) => {
      const counts = {};
      const state = { share: 'CREATED', idv: 'ONGOING' };
      Object.assign(window, { benchCounts: counts, benchState: state });
      const realFetch = window.fetch.bind(window);
      const fill = (template, status) =>
        JSON.parse(JSON.stringify(template).replace('"%STATE%"', `"${status}"`));
      const qr = () => ({
        id: `q${Math.random()}`,
        uri: qrCodeUri,
        expiresAt: new Date(Date.now() + 180_000).toISOString(),
      });
      const session = () => {
        const body = {
          ...fill(share, state.share),
          expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
        };
        if (state.share === 'COMPLETED') body.receiptId = 'bench-receipt';
        return body;
      };
      // When the page has an answer's text in hand: the data has arrived.
      const text = Response.prototype.text;
      Response.prototype.text = function () {
        return text.call(this).then((body) => {
          window.benchDataAt = performance.now();
          return body;
        });
      };
      window.fetch = (input, init) => {
        const url = new URL(String(input), location.href);
        if (!url.pathname.startsWith('/yoti/')) return realFetch(input, init);
        const method = init?.method ?? 'GET';
        const key = `${method} ${url.pathname.replace(/\/(ss\.v2\.\w+|bench-idv)/, '/:id')}`;
        counts[key] = (counts[key] ?? 0) + 1;
        let body;
        if (key === 'POST /yoti/share-sessions') body = { ...session(), qrCode: qr() };
        else if (key.endsWith('/qr-codes')) body = qr();
        else if (key.startsWith('GET /yoti/share-sessions')) body = session();
        else body = fill(idv, state.idv);
        // The body as a stream the page reads in its own microtasks: what is measured is the
        // element, not how the browser hands a made-up Response's body over to the page.
        const bytes = new TextEncoder().encode(JSON.stringify(body));
        const stream = new ReadableStream({
          start(controller) {
            controller.enqueue(bytes);
            controller.close();
          },
        });
        const response = new Response(stream, { headers: { 'Content-Type': 'application/json' } });
        return delay
          ? new Promise((resolve) => setTimeout(() => resolve(response), delay))
          : Promise.resolve(response);
      };
    },
    { qrCodeUri: QR_URI, share: shareState('%STATE%', live), idv: idvState('%STATE%', live), delay: delayMs },
  );
}

export const totalRequests = (page) =>
  page.evaluate(() => Object.values(window.benchCounts).reduce((a, b) => a + b, 0));

/** Runs the page's fake clock for `ms`, a step at a time, letting each answered request be handled. */
export async function runClock(page, ms, step = 250) {
  for (let elapsed = 0; elapsed < ms; elapsed += step) {
    await page.clock.runFor(step);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)).catch(() => undefined));
  }
}

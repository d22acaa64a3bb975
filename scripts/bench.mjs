// `npm run bench`: size, speed and request economy, printed as one table and written to
// bench/results/bench.json. Needs the build (run first when missing).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Agent, createServer, request as httpRequest } from 'node:http';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, chromiumLaunchOptions } from './browser.mjs';
import { BUDGETS_KB, bundleSize, ENTRIES } from './bundle-size.mjs';

if (!existsSync('dist/yoti-elements.min.js') || !existsSync('dist/node/server.js')) {
  spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
}

const rows = [];
const row = (group, measure, value, unit, note = '') => rows.push({ group, measure, value, unit, note });
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

async function sizes() {
  for (const name of Object.keys(ENTRIES)) {
    const { raw, gz, onDemand, floorGz } = await bundleSize(name);
    const budget = BUDGETS_KB[name];
    const popover =
      onDemand['floating-ui'] > 0
        ? `, floating-ui +${onDemand['floating-ui'].toFixed(1)} kB once a panel opens`
        : '';
    row(
      'size',
      `${name} (min + gz, up front)`,
      gz.toFixed(1),
      'kB',
      `raw ${raw.toFixed(1)} kB; ceiling ${budget} kB ${gz <= budget ? 'met' : 'MISSED'}; libraries ${floorGz.toFixed(1)} kB, ours ${(gz - floorGz).toFixed(1)} kB; on demand: French +${onDemand.French.toFixed(1)} kB${popover}`,
    );
  }
  const single = readFileSync('dist/yoti-elements.min.js');
  row(
    'size',
    'single-file build (gz, French inside)',
    (gzipSync(single, { level: 9 }).length / 1000).toFixed(1),
    'kB',
    `raw ${(single.length / 1000).toFixed(1)} kB`,
  );
}

/** A static server for the bench pages: the single-file build, and a QR encoder bundle. */
async function benchServer() {
  const qr = await build({
    entryPoints: ['src/elements/share-button/qr.ts'],
    bundle: true,
    format: 'esm',
    write: false,
    minify: true,
    globalName: 'qr',
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
  const server = createServer((req, res) => {
    const file = files[new URL(req.url, 'http://x').pathname];
    if (!file) return res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': file[0] }).end(file[1]);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/**
 * Answers the helper's routes at once, in the page (a `fetch` that never touches the network),
 * counting them in `window.benchCounts`; `window.benchState` decides what polls see.
 */
async function instantHelper(page) {
  await page.addInitScript((qrCodeUri) => {
    const counts = {};
    const state = { share: 'CREATED', idv: 'ONGOING' };
    Object.assign(window, { benchCounts: counts, benchState: state });
    const realFetch = window.fetch.bind(window);
    const qr = () => ({
      id: `q${Math.random()}`,
      uri: qrCodeUri,
      expiresAt: new Date(Date.now() + 180_000).toISOString(),
    });
    const session = () => ({
      sessionId: 'ss.v2.bench',
      status: state.share,
      expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
      app: { name: 'Bench' },
      wanted: [{ name: 'full_name', optional: false }],
      ...(state.share === 'COMPLETED' ? { receiptId: 'bench-receipt' } : {}),
    });
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
      else body = { sessionId: 'bench-idv', state: state.idv, checks: [] };
      return Promise.resolve(
        new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } }),
      );
    };
  }, 'https://code.yoti.com/CAEaJDM4ZDA4MGM1LTk4YjgtNDYwYS1hNGM0');
}

const totalRequests = (page) =>
  page.evaluate(() => Object.values(window.benchCounts).reduce((a, b) => a + b, 0));

/** Runs the page's fake clock for `ms`, a step at a time, letting each answered request be handled. */
async function runClock(page, ms, step = 250) {
  for (let elapsed = 0; elapsed < ms; elapsed += step) {
    await page.clock.runFor(step);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)).catch(() => undefined));
  }
}

async function browserFigures(origin) {
  const browser = await chromium.launch({
    ...chromiumLaunchOptions(),
    args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'],
  });
  try {
    // QR encoding time
    {
      const page = await browser.newPage();
      await page.goto(origin);
      for (const length of [40, 100, 300]) {
        const ms = await page.evaluate(async (length) => {
          const { qrSymbol } = await import('/qr.js');
          const text = `https://code.yoti.com/${'A'.repeat(length - 22)}`;
          const times = [];
          for (let i = 0; i < 200; i += 1) {
            const start = performance.now();
            qrSymbol(text);
            times.push(performance.now() - start);
          }
          times.sort((a, b) => a - b);
          return times[100];
        }, length);
        row('speed', `QR encoding, ${length}-character URI (median of 200)`, ms.toFixed(2), 'ms');
      }
      await page.close();
    }

    // Click to QR painted, instant backend
    {
      const results = [];
      for (let run = 0; run < 15; run += 1) {
        const page = await browser.newPage();
        await instantHelper(page);
        await page.goto(origin);
        await page.addScriptTag({ url: '/yoti.js', type: 'module' });
        await page.evaluate(async () => {
          document.body.innerHTML = '<yoti-share-button mode="desktop"></yoti-share-button>';
          await customElements.whenDefined('yoti-share-button');
          await document.querySelector('yoti-share-button').updateComplete;
        });
        results.push(
          await page.evaluate(
            () =>
              new Promise((resolve) => {
                const el = document.querySelector('yoti-share-button');
                let frames = 0;
                const start = performance.now();
                const tick = () => {
                  frames += 1;
                  if (el.shadowRoot.querySelector('svg[part="qr"]')) {
                    requestAnimationFrame(() =>
                      resolve({ ms: performance.now() - start, frames: frames + 1 }),
                    );
                  } else requestAnimationFrame(tick);
                };
                el.shadowRoot.querySelector('[part="button"]').click();
                requestAnimationFrame(tick);
              }),
          ),
        );
        await page.close();
      }
      row(
        'speed',
        'click to QR painted, instant backend (median of 15)',
        median(results.map((r) => r.ms)).toFixed(1),
        'ms',
        `${median(results.map((r) => r.frames))} frames`,
      );
    }

    // Requests over 10 simulated minutes
    for (const [element, markup] of [
      ['share overlay', '<yoti-share-button mode="desktop"></yoti-share-button>'],
      ['status element', '<yoti-idv-status session-id="bench-idv"></yoti-idv-status>'],
    ]) {
      for (const phase of ['in view', 'hidden', 'after terminal state']) {
        const page = await browser.newPage();
        await page.clock.install();
        await instantHelper(page);
        await page.goto(origin);
        await page.addScriptTag({ url: '/yoti.js', type: 'module' });
        await page.waitForFunction(() => customElements.get('yoti-idv-status'));
        await page.evaluate((markup) => {
          document.body.innerHTML = markup;
        }, markup);
        if (element === 'share overlay')
          await page.evaluate(() => document.querySelector('yoti-share-button').open());
        await runClock(page, 2_000);
        if (phase === 'hidden') {
          await page.evaluate(() => {
            Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
            document.dispatchEvent(new Event('visibilitychange'));
          });
        }
        if (phase === 'after terminal state') {
          await page.evaluate(() => {
            window.benchState.share = 'COMPLETED';
            window.benchState.idv = 'COMPLETED';
            document
              .querySelector('yoti-share-button')
              ?.addEventListener('yoti-success', (event) => event.preventDefault());
          });
          await runClock(page, 10_000);
        }
        const before = await totalRequests(page);
        await runClock(page, 600_000, 500);
        const counts = await page.evaluate(() => window.benchCounts);
        const total = (await totalRequests(page)) - before;
        row(
          'requests',
          `${element}, 10 simulated minutes, ${phase}`,
          String(total),
          'requests',
          phase === 'in view' ? `since mount (2 s more): ${JSON.stringify(counts)}` : '',
        );
        await page.close();
      }
    }

    // Memory after 1000 cycles
    for (const [what, script] of [
      [
        'overlay open/close',
        async () => {
          const el = document.createElement('yoti-share-button');
          el.setAttribute('mode', 'desktop');
          document.body.append(el);
          for (let i = 0; i < 1000; i += 1) {
            await el.open();
            el.close();
          }
          el.remove();
        },
      ],
      ['share-button mount/unmount', () => cycle('yoti-share-button', {})],
      [
        'docscan-frame mount/unmount',
        () =>
          cycle('yoti-docscan-frame', {
            'session-id': 's',
            'session-token': 't',
            'api-url': 'https://api.yoti.com/idverify/v1',
          }),
      ],
      ['idv-status mount/unmount', () => cycle('yoti-idv-status', { 'session-id': 'bench-idv' })],
    ]) {
      const page = await browser.newPage();
      await instantHelper(page);
      await page.route('https://api.yoti.com/**', (route) =>
        route.fulfill({ status: 200, contentType: 'text/html', body: '<p>idv</p>' }),
      );
      await page.goto(origin);
      await page.evaluate(() => {
        const live = new Map();
        window.liveListeners = live;
        const add = window.addEventListener.bind(window);
        window.addEventListener = (type, listener, options) => {
          live.set(type, (live.get(type) ?? 0) + 1);
          options?.signal?.addEventListener('abort', () => live.set(type, live.get(type) - 1), {
            once: true,
          });
          return add(type, listener, options);
        };
        window.cycle = async (tag, attributes) => {
          const el = document.createElement(tag);
          for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
          for (let i = 0; i < 1000; i += 1) {
            document.body.append(el);
            await el.updateComplete;
            el.remove();
          }
        };
      });
      await page.addScriptTag({ url: '/yoti.js', type: 'module' });
      await page.waitForFunction(() => customElements.get('yoti-idv-status'));
      const heap = () =>
        page.evaluate(() => {
          gc();
          return performance.memory.usedJSHeapSize;
        });
      const listeners = () =>
        page.evaluate(() => [...window.liveListeners.values()].reduce((a, b) => a + b, 0));
      const [heapBefore, listenersBefore] = [await heap(), await listeners()];
      await page.evaluate(`(${script.toString()})()`);
      await page.waitForTimeout(200);
      const [heapAfter, listenersAfter] = [await heap(), await listeners()];
      row(
        'memory',
        `JS heap after 1000 × ${what} (forced GC)`,
        ((heapAfter - heapBefore) / 1000).toFixed(0),
        'kB growth',
        `window listeners: ${listenersAfter - listenersBefore} more than before`,
      );
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

/**
 * The sandbox in a process of its own, as Yoti is remote: its signature checks do not share this
 * process's event loop with the two paths being compared. Resolves its settings and a stop().
 */
async function sandboxProcess() {
  const child = spawn(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const { startSandbox } = await import(${JSON.stringify(`${process.cwd()}/dist/node/sandbox.js`)});
       const { clientSdkId, privateKey, shareApiUrl, idvApiUrl } = await startSandbox();
       console.log(JSON.stringify({ clientSdkId, privateKey, shareApiUrl, idvApiUrl }));`,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const line = await new Promise((resolve) => child.stdout.once('data', (data) => resolve(String(data))));
  return { ...JSON.parse(line), stop: () => child.kill() };
}

/** POSTs to `url` over `agent`; resolves the JSON answer of a 201. */
const post = (url, agent, headers = {}) =>
  new Promise((resolve, reject) => {
    const request = httpRequest(url, { method: 'POST', agent, headers }, (response) => {
      let text = '';
      response.on('data', (chunk) => {
        text += chunk;
      });
      response.on('end', () =>
        response.statusCode === 201 ? resolve(JSON.parse(text)) : reject(new Error(text)),
      );
    });
    request.on('error', reject);
    request.end();
  });

/** Mean ms per call of each path, run in blocks of 10 consecutive calls, the paths in turn. */
async function blockTimes(paths, blocks = 8, size = 10) {
  // In a block every call's trailing work (the SDK closes a connection after each answer) is
  // counted in its own path's time rather than in whichever path runs next.
  const totals = Object.fromEntries(Object.keys(paths).map((name) => [name, 0]));
  for (let i = 0; i < blocks; i += 1) {
    const order = Object.entries(paths);
    for (const [name, call] of i % 2 ? order : order.reverse()) {
      const start = performance.now();
      for (let j = 0; j < size; j += 1) await call();
      totals[name] += performance.now() - start;
    }
  }
  return Object.fromEntries(Object.entries(totals).map(([name, total]) => [name, total / (blocks * size)]));
}

async function helperOverhead() {
  const { createYotiHandler, toNodeListener } = await import(`${process.cwd()}/dist/node/server.js`);
  const { default: yoti } = await import('yoti');
  const sandbox = await sandboxProcess();
  const { clientSdkId, privateKey, shareApiUrl, idvApiUrl } = sandbox;
  const handler = createYotiHandler({
    clientSdkId,
    privateKey,
    shareApiUrl,
    idvApiUrl,
    share: { policy: { wanted: [{ name: 'full_name' }] }, redirectUri: '/done', app: { name: 'Bench' } },
  });
  const client = new yoti.DigitalIdentityClient(clientSdkId, privateKey, { apiUrl: shareApiUrl });
  const { PolicyBuilder, ShareSessionConfigurationBuilder } = yoti.DigitalIdentityBuilders;
  const direct = async () => {
    const config = new ShareSessionConfigurationBuilder()
      .withPolicy(new PolicyBuilder().withFullName().build())
      .withRedirectUri('/done')
      .build();
    const session = await client.createShareSession(config);
    await client.createShareQrCode(session.getId());
  };
  // The floor: a Fetch-API handler making the same two SDK calls and nothing else, behind the same
  // adapter. What it costs over the bare calls, any endpoint of the kind costs.
  const floor = toNodeListener(async () => {
    await direct();
    return new Response('{}', { status: 201, headers: { 'Content-Type': 'application/json' } });
  });
  const servers = [createServer(toNodeListener(handler)), createServer(floor)];
  for (const server of servers) await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const [helperUrl, floorUrl] = servers.map((server) => `http://127.0.0.1:${server.address().port}`);
  // A browser keeps its connection to the site open and its HTTP stack is not JavaScript: the
  // helper is called over a kept-alive connection with node:http, whose own cost is small (Node's
  // fetch adds 0.5 to 1 ms a request by itself, no cost of the helper's).
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const paths = {
    direct,
    helper: () => post(`${helperUrl}/yoti/share-sessions`, agent, { origin: helperUrl }),
    floor: () => post(`${floorUrl}/`, agent),
  };
  for (let i = 0; i < 10; i += 1) for (const call of Object.values(paths)) await call();
  const times = await blockTimes(paths);
  row('helper', 'POST /share-sessions through the helper (mean of 80)', times.helper.toFixed(1), 'ms');
  row('helper', 'the same SDK calls made directly (mean of 80)', times.direct.toFixed(1), 'ms');
  const ratio = times.helper / times.direct;
  row(
    'helper',
    'helper / direct (80 calls each, in alternating blocks of 10)',
    ratio.toFixed(2),
    '×',
    `ceiling 1.15 ${ratio <= 1.15 ? 'met' : 'MISSED'}`,
  );
  row(
    'helper',
    'floor / direct: any Fetch-API endpoint making the same calls, same adapter',
    (times.floor / times.direct).toFixed(2),
    '×',
    `the helper over that floor: ${(times.helper / times.floor).toFixed(2)}×`,
  );
  for (const server of servers) server.close();
  agent.destroy();
  sandbox.stop();
  row(
    'helper',
    "the helper's own work per create, Yoti answering at once (mean of 5000)",
    (await helperCpu(handler)).toFixed(0),
    'µs',
  );
}

/** The helper's own time on a share-session create, with the SDK's two calls answering at once. */
async function helperCpu(handler) {
  const { default: yoti } = await import('yoti');
  const client = yoti.DigitalIdentityClient.prototype;
  const session = { getId: () => 'ss.v2.bench', getExpiry: () => new Date(Date.now() + 600_000) };
  const qr = { getId: () => 'qr', getUri: () => 'https://code.yoti.com/bench' };
  client.createShareSession = async () => session;
  client.createShareQrCode = async () => qr;
  const origin = 'http://127.0.0.1';
  const create = async () => {
    const response = await handler(
      new Request(`${origin}/yoti/share-sessions`, { method: 'POST', headers: { origin } }),
    );
    await response.arrayBuffer();
  };
  for (let i = 0; i < 1000; i += 1) await create();
  const start = performance.now();
  for (let i = 0; i < 5000; i += 1) await create();
  return ((performance.now() - start) / 5000) * 1000;
}

await sizes();
const pages = await benchServer();
try {
  await browserFigures(pages.origin);
} finally {
  pages.close();
}
await helperOverhead();

const width = (key) => Math.max(...rows.map((r) => String(r[key]).length), key.length);
const columns = ['group', 'measure', 'value', 'unit', 'note'];
const line = (r) => columns.map((key) => String(r[key]).padEnd(width(key))).join('  ');
console.log(`\n${line(Object.fromEntries(columns.map((c) => [c, c])))}`);
console.log(columns.map((key) => '-'.repeat(width(key))).join('  '));
for (const r of rows) console.log(line(r));
mkdirSync('bench/results', { recursive: true });
writeFileSync(
  'bench/results/bench.json',
  `${JSON.stringify({ date: new Date().toISOString(), rows }, null, 2)}\n`,
);
console.log('\nwritten to bench/results/bench.json');
process.exit(0);

// The helper's overhead over the SDK calls it makes, against the sandbox in its own process.
import { Agent, createServer } from 'node:http';
import { exchange } from './child.mjs';
import { row } from './rows.mjs';
import { sandboxProcess } from './sandbox-process.mjs';

/** POSTs to `url` over `agent`; resolves the JSON answer of a 201. */
const post = async (url, agent, headers = {}) => {
  const answer = await exchange(url, { method: 'POST', agent, headers });
  if (answer.status !== 201) throw new Error(answer.body);
  return JSON.parse(answer.body);
};

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

export async function helperOverhead() {
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
  await sandbox.stop();
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

// A TCP proxy that holds every chunk a while in each direction: a server (Redis) that far away, for
// the tests and the bench. The delay can change while it runs.
import { connect, createServer } from 'node:net';

/** Proxies 127.0.0.1:`port`, holding each chunk `delayMs`; resolves its port, setDelay(ms) and close(). */
export async function delayProxy(port, delayMs = 0) {
  let delay = delayMs;
  const sockets = new Set();
  const server = createServer((client) => {
    const upstream = connect(port, '127.0.0.1');
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    // Each chunk goes no sooner than `delay` after it came, and never before one that came earlier
    // (when the delay shrinks, later chunks wait for the earlier ones: a TCP stream keeps its order).
    const relay = (from, to) => {
      let last = 0;
      from.on('data', (chunk) => {
        const at = Math.max(Date.now() + delay, last);
        last = at;
        const send = () => to.writable && to.write(chunk);
        if (at <= Date.now()) send();
        else setTimeout(send, at - Date.now());
      });
    };
    relay(client, upstream);
    relay(upstream, client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: server.address().port,
    setDelay: (ms) => {
      delay = ms;
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

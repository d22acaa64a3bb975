// A loopback port nothing listens on now, for a server another process will start (redis-server,
// a framework app): the tests' one way to find one.
import { createServer } from 'node:net';

/** A free port on 127.0.0.1: listened on at port 0, then released. */
export async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

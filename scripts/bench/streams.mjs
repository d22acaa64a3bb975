// What the live benches share on the browsers' side: event streams read as EventSource would, and a
// pool to run many tasks a few at a time. A stream the helper refuses or drops is a result to count,
// never an exception that could end the bench.
import { request } from 'node:http';
import { createParser } from 'eventsource-parser';

/**
 * An event stream, each message kept with when it arrived. `first` resolves with the first message
 * or the refusal; `ended` when the helper closes the stream (or it fails). `status` is the answer's
 * status (0 before it, -1 when the connection failed).
 */
export function openStream(url, cookie) {
  const messages = [];
  let close = () => {};
  let onFirst;
  const stream = {
    messages,
    status: 0,
    first: new Promise((resolve) => {
      onFirst = resolve;
    }),
    close: () => close(),
  };
  stream.ended = new Promise((resolve) => {
    const req = request(url, { headers: { accept: 'text/event-stream', cookie }, agent: false }, (res) => {
      stream.status = res.statusCode ?? -1;
      stream.retryAfter = res.headers['retry-after'];
      if (res.statusCode !== 200) {
        onFirst();
        res.resume();
        res.on('end', resolve);
        res.on('error', resolve);
        return;
      }
      let at = 0;
      const parser = createParser({
        onEvent: (message) => {
          messages.push({ id: message.id, data: message.data, at });
          if (messages.length === 1) onFirst();
        },
      });
      res.setEncoding('utf8');
      res.on('data', (chunk) => {
        at = performance.now();
        parser.feed(chunk);
      });
      res.on('end', resolve);
      res.on('error', resolve);
    });
    req.on('error', () => {
      if (stream.status === 0) stream.status = -1;
      onFirst();
      resolve();
    });
    close = () => req.destroy();
    req.end();
  });
  return stream;
}

/** Runs `task` over `items`, `width` at a time. */
export async function pool(items, width, task) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next;
      next += 1;
      await task(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: width }, worker));
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Counts into `found` what a stream's messages (`ids`, in the order it got them) did against the
 * session's `log`: its events, those it got twice, those it lost, and whether it got them out of
 * order. A stream opened after the first state starts from the one current then.
 */
export function checkAgainstLog(found, log, ids) {
  const from = Math.max(
    0,
    log.findIndex((event) => event.id === ids[0]),
  );
  const expected = log.slice(from).map((event) => event.id);
  found.events += ids.length;
  found.twice += ids.length - new Set(ids).size;
  found.lost += expected.filter((id) => !ids.includes(id)).length;
  if (expected.join() !== ids.join()) found.disordered += 1;
}

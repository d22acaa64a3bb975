// Server-Sent Events read as EventSource reads them, for the tests and the bench: text in as it
// arrives, each message (`id`, `event`, `data`) and comment out as its block completes.

/** A parser to feed the stream's text to; `onMessage` gets each message, `onComment` each comment. */
export function sseParser(onMessage, onComment = () => {}) {
  let buffer = '';
  return (text) => {
    buffer += text;
    for (let end = buffer.indexOf('\n\n'); end !== -1; end = buffer.indexOf('\n\n')) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const message = {};
      for (const line of block.split('\n')) {
        if (line.startsWith(':')) {
          onComment(line.slice(1).trim());
          continue;
        }
        const colon = line.indexOf(': ');
        const field = colon === -1 ? line : line.slice(0, colon);
        if (field === 'id' || field === 'event' || field === 'data')
          message[field] = colon === -1 ? '' : line.slice(colon + 2);
      }
      // A block without data (`retry:` alone) is not a message.
      if (message.data !== undefined) onMessage(message);
    }
  };
}

// A React 19 app in StrictMode (effects run twice on mount) using yoti-elements/react, for the
// end-to-end test that proves one iframe and one poller, not two.
import { createElement as h, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { YotiDocScanFrame, YotiIdvStatus } from '../../src/react/index.js';

declare global {
  interface Window {
    counts: Record<string, number>;
  }
}

window.counts = { ready: 0, status: 0 };
const created = await (await fetch('/yoti/idv-sessions', { method: 'POST' })).json();

createRoot(document.getElementById('root')!).render(
  h(
    StrictMode,
    null,
    h(YotiDocScanFrame, {
      endpoint: '/yoti',
      launch: 'handshake',
      onYotiReady: () => (window.counts.ready += 1),
    }),
    h(YotiIdvStatus, {
      sessionId: created.sessionId,
      pollInterval: 500,
      onYotiStatus: () => (window.counts.status += 1),
    }),
  ),
);

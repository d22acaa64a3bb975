// The demo host page: what an integrator writes around the three tags.
const scanSection = document.getElementById('scan');
const slot = document.getElementById('scan-slot');
const message = document.getElementById('message');

function say(text) {
  message.textContent = text;
}

const share = document.getElementById('share');
share.addEventListener('yoti-error', (event) => {
  say(event.detail.message);
});

// /?flow=inline or /?flow=instant shows the share panel in the card instead of an overlay.
const flow = new URLSearchParams(location.search).get('flow');
if (flow === 'inline' || flow === 'instant') {
  share.setAttribute('flow', flow);
  share.setAttribute('mobile-flow', 'modal');
  share.setAttribute('alignment', 'fill');
}

document.getElementById('start-scan').addEventListener('click', () => {
  scanSection.hidden = false;
  slot.replaceChildren();
  const frame = document.createElement('yoti-docscan-frame');
  frame.setAttribute('endpoint', '/yoti');
  frame.setAttribute('launch', 'handshake');
  frame.addEventListener('yoti-success', (event) => {
    const status = document.createElement('yoti-idv-status');
    status.setAttribute('session-id', event.detail.sessionId);
    status.setAttribute('poll-interval', '1500');
    slot.replaceChildren(status);
    say('Thanks! We are checking your document.');
  });
  frame.addEventListener('yoti-error', (event) => say(event.detail.message));
  slot.append(frame);
  document.getElementById('scan-heading').focus();
});

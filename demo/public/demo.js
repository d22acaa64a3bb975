// The demo host page: what an integrator writes around the three tags.
const scanSection = document.getElementById('scan');
const slot = document.getElementById('scan-slot');
const message = document.getElementById('message');

function say(text) {
  message.textContent = text;
}

document.getElementById('share').addEventListener('yoti-error', (event) => {
  say(event.detail.message);
});

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

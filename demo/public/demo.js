// The demo host page: what an integrator writes around the three tags.
const scanSection = document.getElementById('scan');
const slot = document.getElementById('scan-slot');
const message = document.getElementById('message');

function say(text) {
  message.textContent = text;
}

// Where this site's Yoti helper lives: its own /yoti, or another origin (an api. subdomain, say).
const endpoint = document.querySelector('meta[name="yoti-endpoint"]').content;
const share = document.getElementById('share');
share.setAttribute('endpoint', endpoint);
// A helper elsewhere knows where its sessions end (its own welcome page): the element goes there.
if (new URL(endpoint, location.href).origin !== location.origin) share.removeAttribute('redirect-uri');
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

/** The status card's next step when the identity could not be verified: scan again, or go another way. */
function nextStepAfterRejection() {
  const next = document.createElement('p');
  next.slot = 'next-step';
  next.className = 'next-step';
  const again = document.createElement('button');
  again.type = 'button';
  again.className = 'primary';
  again.textContent = 'Try again';
  again.addEventListener('click', startScan);
  const other = document.createElement('a');
  other.href = '/';
  other.textContent = 'Choose another way';
  next.append(again, ' ', other);
  return next;
}

function startScan() {
  scanSection.hidden = false;
  slot.replaceChildren();
  const frame = document.createElement('yoti-docscan-frame');
  frame.setAttribute('endpoint', endpoint);
  frame.setAttribute('launch', 'handshake');
  // /?scan=redirect: Yoti's redirect mode. The site makes the session (with its success_url and
  // error_url, on /verified), and the whole page goes to Yoti's and comes back there.
  if (new URLSearchParams(location.search).get('scan') === 'redirect') {
    frame.setAttribute('launch', 'redirect');
    frame.sessionResolver = async () => {
      const response = await fetch('/scan-session', { method: 'POST' });
      if (!response.ok) throw new Error('The scan could not start. Please try again.');
      return response.json();
    };
  }
  frame.addEventListener('yoti-success', (event) => {
    const { sessionId } = event.detail;
    const status = document.createElement('yoti-idv-status');
    status.setAttribute('session-id', sessionId);
    status.setAttribute('endpoint', endpoint);
    status.setAttribute('poll-interval', '1500');
    // The outcome the helper derived decides the next step: once verified, the results are read on
    // the server (never in the page); not verified, the person may try again or go another way.
    status.addEventListener('yoti-status', ({ detail }) => {
      if (detail.outcome === 'APPROVED' && !slot.querySelector('.next')) {
        const next = document.createElement('a');
        next.className = 'primary next';
        next.href = `/verified?sessionId=${encodeURIComponent(sessionId)}`;
        next.textContent = 'Continue';
        slot.append(next);
        say('Your identity is verified. Continue to finish opening your account.');
      } else if (detail.outcome === 'REJECTED' && !status.querySelector('[slot="next-step"]')) {
        status.append(nextStepAfterRejection());
        say('');
      } else if (detail.outcome === 'REVIEW') {
        say("We'll email you as soon as the review is done. You can close this page.");
      }
    });
    slot.replaceChildren(status);
    say('Thanks! We are checking your document.');
  });
  frame.addEventListener('yoti-error', (event) => say(event.detail.message));
  slot.append(frame);
  document.getElementById('scan-heading').focus();
}

document.getElementById('start-scan').addEventListener('click', startScan);

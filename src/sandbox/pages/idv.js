// The sandbox's stand-in for Yoti's IDV web page. Launched with ?sessionID=&sessionToken= (url
// launch) or bare, waiting for {eventType: 'INIT_SESSION'} from its parent (handshake launch). It
// posts STARTED on load, walks through a pretend document capture, completes the session in the
// sandbox, and posts Yoti's real SUCCESS / ERROR messages to its parent. It honours the session's
// sdk_config: colours, locale, preset country; and with success_url / error_url (Yoti's redirect
// mode) it goes there at the end instead of posting (the error URL with ?yotiErrorCode=). It never
// throws.
const $ = (id) => document.getElementById(id);
const steps = ['wait', 'document', 'capture', 'confirm', 'liveness', 'done', 'error'];
let session;
/** The session's sdk_config, once read. */
let page = {};
let parentOrigin = '*';
try {
  if (document.referrer) parentOrigin = new URL(document.referrer).origin;
} catch {
  parentOrigin = '*';
}

function show(step) {
  for (const name of steps) $(`step-${name}`).hidden = name !== step;
}

function post(message) {
  if (window.parent !== window) window.parent.postMessage(message, parentOrigin);
}

function fail(code, text) {
  $('error-text').textContent = text;
  show('error');
  if (page.errorUrl) {
    const url = new URL(page.errorUrl);
    url.searchParams.set('yotiErrorCode', String(code));
    location.assign(url.href);
  } else post({ eventType: 'ERROR', eventCode: code });
}

/** What sdk_config asks of the page. */
function apply(config) {
  page = config || {};
  const root = document.documentElement;
  if (page.primaryColour) root.style.setProperty('--primary', page.primaryColour);
  if (page.fontColour) root.style.setProperty('--font', page.fontColour);
  if (page.locale) root.lang = page.locale;
  const country = page.presetIssuingCountry;
  if (country && [...$('country').options].some((option) => option.value === country)) {
    $('country').value = country;
  }
}

async function call(path, body) {
  const response = await fetch(`/idverify/v1/web/${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json().catch(() => ({})) };
}

async function begin(sessionID, sessionToken) {
  if (!sessionID) return fail(2004, 'No session ID was given.');
  if (!sessionToken) return fail(2003, 'No session token was given.');
  const { status, body } = await call('session', { sessionId: sessionID, sessionToken });
  if (status === 404) return fail(2001, 'This session does not exist.');
  if (status !== 200) return fail(2000, 'This session token is not valid.');
  if (body.state === 'EXPIRED') return fail(2002, 'This session has expired.');
  if (body.state !== 'ONGOING') return fail(2000, 'This session is already finished.');
  apply(body.page);
  session = { sessionId: sessionID, sessionToken };
  show('document');
}

async function finish() {
  $('finish').disabled = true;
  const outcome = document.querySelector('input[name="outcome"]:checked')?.value || 'approve';
  const { status, body } = await call('complete', { ...session, outcome });
  if (status === 200) {
    show('done');
    if (page.successUrl) location.assign(page.successUrl);
    else post({ eventType: 'SUCCESS' });
  } else if (body.state === 'EXPIRED') {
    fail(2002, 'This session has expired.');
  } else {
    fail(5004, 'The session could not be completed.');
  }
}

function wire() {
  $('to-capture').addEventListener('click', () => {
    post({ eventType: 'DOCUMENT_SELECTED', country: $('country').value });
    show('capture');
  });
  $('take-photo').addEventListener('click', () => show('confirm'));
  $('retake').addEventListener('click', () => show('capture'));
  $('use-photo').addEventListener('click', () => show('liveness'));
  $('finish').addEventListener('click', () => finish().catch(() => fail(3001, 'The network failed.')));
  $('send-error').addEventListener('click', () => {
    const code = Number($('error-code').value);
    fail(code, $('error-code').selectedOptions[0].textContent);
  });
}

window.addEventListener('message', (event) => {
  try {
    if (event.source !== window.parent || session) return;
    const data = event.data;
    if (data?.eventType !== 'INIT_SESSION') return;
    parentOrigin = event.origin;
    begin(String(data.sessionID || ''), String(data.sessionToken || '')).catch(() =>
      fail(3001, 'The network failed.'),
    );
  } catch {
    // a malformed message is ignored
  }
});

try {
  wire();
  show('wait');
  post({ eventType: 'STARTED' });
  const query = new URLSearchParams(location.search);
  if (query.has('sessionID') || query.has('sessionToken')) {
    begin(query.get('sessionID'), query.get('sessionToken')).catch(() => fail(3001, 'The network failed.'));
  }
} catch {
  // the page stays on its waiting step
}

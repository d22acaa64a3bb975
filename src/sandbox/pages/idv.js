// The sandbox's stand-in for Yoti's IDV web page. Launched with ?sessionID=&sessionToken= (url
// launch) or bare, waiting for {eventType: 'INIT_SESSION'} from its parent (handshake launch). It
// posts STARTED on load, walks through a pretend capture (each step's resources appear in the
// session as it is made, as on Yoti), completes the session in the sandbox, and posts Yoti's real
// SUCCESS / ERROR messages to its parent. It honours the session's sdk_config: colours, locale
// (every language the elements speak), preset country, capture methods; with success_url /
// error_url (Yoti's redirect mode) it goes there at the end instead of posting (the error URL with
// ?yotiErrorCode=). With allow_handoff it offers to continue on a phone (and goes there at once when
// this device cannot use its camera): a QR code of this page at /web/phone#<one-time code>, which
// finishes the capture there while this page waits and then ends as if the capture had been made
// here. It never throws.
import { speak, t } from './words.js';

const $ = (id) => document.getElementById(id);
const steps = ['wait', 'document', 'handoff', 'capture', 'confirm', 'liveness', 'done', 'error'];
/** This page is a phone continuing a desktop's session: it reports nothing; the desktop page does. */
const phone = location.pathname.endsWith('/web/phone');
/** How long the pretend liveness capture takes, ms. */
const LIVENESS_MS = 1200;
let session;
/** The session's sdk_config, once read. */
let page = {};
let parentOrigin = '*';
let watching;
try {
  if (document.referrer) parentOrigin = new URL(document.referrer).origin;
} catch {
  parentOrigin = '*';
}

function show(step) {
  for (const name of steps) $(`step-${name}`).hidden = name !== step;
}

function post(message) {
  if (!phone && window.parent !== window) window.parent.postMessage(message, parentOrigin);
}

function stopWatching() {
  clearInterval(watching);
  watching = undefined;
}

function fail(code, text) {
  stopWatching();
  $('error-text').textContent = t(text);
  show('error');
  if (page.errorUrl && !phone) {
    const url = new URL(page.errorUrl);
    url.searchParams.set('yotiErrorCode', String(code));
    location.assign(url.href);
  } else post({ eventType: 'ERROR', eventCode: code });
}

/** The capture is made (here or on the phone): the checks run; the host learns it. */
function done() {
  stopWatching();
  show('done');
  if (phone) $('done-text').textContent = t('You can go back to your computer.');
  else if (page.successUrl) location.assign(page.successUrl);
  else post({ eventType: 'SUCCESS' });
}

const DOCUMENT_NAMES = {
  PASSPORT: 'Passport',
  DRIVING_LICENCE: 'Driving licence',
  NATIONAL_ID: 'National identity card',
  RESIDENCE_PERMIT: 'Residence permit',
  UTILITY_BILL: 'Utility bill',
  BANK_STATEMENT: 'Bank statement',
  COUNCIL_TAX: 'Council tax bill',
};
const humanise = (code) => code.charAt(0) + code.slice(1).toLowerCase().replaceAll('_', ' ');

/** What the session asks of the person: its documents, and an identity profile whose outcome the tester picks. */
function showAsks(state) {
  const documents = (state.documents || []).map(
    (item) => `${t(DOCUMENT_NAMES[item.type] || humanise(item.type))} (${item.country})`,
  );
  if (documents.length > 0) {
    $('needs').textContent = `${t('This check needs:')} ${documents.join(', ')}`;
    $('needs').hidden = false;
  }
  if (!state.identityProfile) return;
  const asked = state.identityProfile.map(
    (profile) =>
      `${profile.trustFramework} ${profile.schemes.map((scheme) => [scheme.type, scheme.objective].filter(Boolean).join(' ')).join(', ')}`,
  );
  $('profile-asked').textContent = `${t('Asked for:')} ${asked.join('; ')}`;
  for (const reason of state.profileFailures || []) {
    const choice = document.createElement('label');
    choice.className = 'choice';
    const input = document.createElement('input');
    Object.assign(input, { type: 'radio', name: 'profile', value: reason });
    choice.append(input, ` ${t('Not met:')} ${humanise(reason)}`);
    $('profile-outcome').append(choice);
  }
  $('profile-outcome').hidden = false;
}

/** What sdk_config asks of the page. */
async function apply(config) {
  page = config || {};
  const root = document.documentElement;
  if (page.primaryColour) root.style.setProperty('--primary', page.primaryColour);
  if (page.fontColour) root.style.setProperty('--font', page.fontColour);
  await speak('./', [page.locale, ...navigator.languages]);
  const country = page.presetIssuingCountry;
  if (country && [...$('country').options].some((option) => option.value === country)) {
    $('country').value = country;
  }
  $('to-handoff').hidden = !page.allowHandoff || phone;
  $('upload').hidden = page.captureMethods !== 'CAMERA_AND_UPLOAD';
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
  await apply(body.page);
  showAsks(body);
  session = { sessionId: sessionID, sessionToken };
  // As Yoti's page does, a desktop that cannot use its camera goes straight to the phone when it may.
  if (!phone && page.allowHandoff && cameraUnusable()) {
    $('handoff-why').hidden = false;
    return handOff();
  }
  show('document');
}

/** A step of the capture made: its resources appear in the session (the desktop's progress reads them). */
async function captured(step) {
  const { status, body } = await call('capture', { ...session, step });
  if (status === 200) return true;
  if (body.state === 'EXPIRED') fail(2002, 'This session has expired.');
  else fail(5004, 'The session could not be completed.');
  return false;
}

/** Whether this page cannot use a camera at all: its Permissions-Policy says so, or there is no API for it. */
function cameraUnusable() {
  const policy = document.permissionsPolicy ?? document.featurePolicy;
  try {
    if (policy && !policy.allowsFeature('camera')) return true;
  } catch {
    // a policy that cannot be asked says nothing
  }
  return !navigator.mediaDevices;
}

async function finish() {
  $('finish').disabled = true;
  // The liveness capture takes a moment, as a selfie video does: the face is in, then it is all sent.
  $('liveness-status').textContent = t("Checking it's you…");
  if (!(await captured('face'))) return;
  await new Promise((resolve) => setTimeout(resolve, LIVENESS_MS));
  const outcome = document.querySelector('input[name="outcome"]:checked')?.value || 'approve';
  const profileFailure = document.querySelector('input[name="profile"]:checked')?.value || undefined;
  const { status, body } = await call('complete', {
    ...session,
    outcome,
    ...(profileFailure ? { profileFailure } : {}),
  });
  if (status === 200) done();
  else if (body.state === 'EXPIRED') fail(2002, 'This session has expired.');
  else fail(5004, 'The session could not be completed.');
}

/** The desktop hands the session to a phone: a QR code and link to the phone page, then waits for it. */
async function handOff() {
  const { status, body } = await call('handoff', session);
  if (status !== 200) return fail(5004, 'The session could not be completed.');
  $('handoff-qr').src = body.qr;
  $('handoff-link').href = body.url;
  $('handoff-status').textContent = t('Waiting for your phone…');
  $('handoff-code').hidden = false;
  show('handoff');
  stopWatching();
  watching = setInterval(() => watchPhone().catch(() => undefined), 1000);
}

async function watchPhone() {
  const { status, body } = await call('session', session);
  if (status !== 200 || !watching) return;
  if (body.finished || body.state === 'COMPLETED') done();
  else if (body.state === 'EXPIRED') fail(2002, 'This session has expired.');
  else if (body.handoff === 'claimed') {
    // The code is spent: only what the phone is doing is shown.
    $('handoff-code').hidden = true;
    $('handoff-status').textContent = t('Your phone is connected. Finish the steps there.');
  }
}

/** The phone page: its one-time code (in the fragment, never sent in a URL) for the session it continues. */
async function claim(code) {
  history.replaceState(null, '', location.pathname);
  const { status, body } = await call('handoff/claim', { code });
  if (status !== 200) return fail(2000, 'This link has been used or has expired.');
  await begin(body.sessionId, body.sessionToken);
}

function wire() {
  const network = () => fail(3001, 'The network failed.');
  $('to-capture').addEventListener('click', () => {
    post({ eventType: 'DOCUMENT_SELECTED', country: $('country').value });
    show('capture');
  });
  $('to-handoff').addEventListener('click', () => handOff().catch(network));
  $('handoff-back').addEventListener('click', () => {
    stopWatching();
    show('document');
  });
  $('take-photo').addEventListener('click', () => show('confirm'));
  $('upload').addEventListener('click', () => show('confirm'));
  $('retake').addEventListener('click', () => show('capture'));
  $('use-photo').addEventListener('click', () =>
    captured('document')
      .then((ok) => ok && show('liveness'))
      .catch(network),
  );
  $('finish').addEventListener('click', () => finish().catch(network));
  $('send-error').addEventListener('click', () => {
    const code = Number($('error-code').value);
    fail(code, $('error-code').selectedOptions[0].textContent);
  });
}

window.addEventListener('message', (event) => {
  try {
    if (phone || event.source !== window.parent || session) return;
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
  if (phone) claim(location.hash.slice(1)).catch(() => fail(3001, 'The network failed.'));
  else if (query.has('sessionID') || query.has('sessionToken')) {
    begin(query.get('sessionID'), query.get('sessionToken')).catch(() => fail(3001, 'The network failed.'));
  }
} catch {
  // the page stays on its waiting step
}

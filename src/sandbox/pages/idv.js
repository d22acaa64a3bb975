// The sandbox's stand-in for Yoti's IDV web page. Launched with ?sessionID=&sessionToken= (url
// launch) or bare, waiting for {eventType: 'INIT_SESSION'} from its parent (handshake launch). It
// posts STARTED on load, walks through a pretend document capture, completes the session in the
// sandbox, and posts Yoti's real SUCCESS / ERROR messages to its parent. It honours the session's
// sdk_config: colours, locale (English or French), preset country, capture methods; with
// success_url / error_url (Yoti's redirect mode) it goes there at the end instead of posting (the
// error URL with ?yotiErrorCode=). With allow_handoff it offers to continue on a phone: a QR code of
// this page at /web/phone#<one-time code>, which finishes the capture there while this page waits
// and then ends as if the capture had been made here. It never throws.
const $ = (id) => document.getElementById(id);
const steps = ['wait', 'document', 'handoff', 'capture', 'confirm', 'liveness', 'done', 'error'];
/** This page is a phone continuing a desktop's session: it reports nothing; the desktop page does. */
const phone = location.pathname.endsWith('/web/phone');
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

/** The page in French (sdk_config locale fr, fr-FR, …): every text it shows, by its English. */
const FRENCH = {
  'Identity check (Yoti sandbox)': 'Vérification d’identité (bac à sable Yoti)',
  Sandbox: 'Bac à sable',
  'Waiting for the session…': 'En attente de la session…',
  'Choose your document': 'Choisissez votre document',
  'Issuing country': 'Pays de délivrance',
  'United Kingdom': 'Royaume-Uni',
  Ireland: 'Irlande',
  'United States': 'États-Unis',
  Passport: 'Passeport',
  'Driving licence': 'Permis de conduire',
  'National identity card': 'Carte nationale d’identité',
  Continue: 'Continuer',
  'Continue on your phone': 'Continuer sur votre téléphone',
  "Scan this code with your phone's camera to take the photos there.":
    'Scannez ce code avec l’appareil photo de votre téléphone pour y prendre les photos.',
  'QR code to continue on your phone': 'Code QR pour continuer sur votre téléphone',
  "Can't scan it?": 'Impossible de le scanner ?',
  'Open the link on your phone': 'Ouvrez le lien sur votre téléphone',
  'Waiting for your phone…': 'En attente de votre téléphone…',
  'Your phone is connected. Finish the steps there.':
    'Votre téléphone est connecté. Terminez les étapes dessus.',
  'Use this device instead': 'Utiliser plutôt cet appareil',
  'Photograph your document': 'Photographiez votre document',
  'Place the document inside the frame, in good light.':
    'Placez le document dans le cadre, sous un bon éclairage.',
  'Take photo': 'Prendre la photo',
  'Upload a photo instead': 'Importer une photo',
  'Is the photo clear?': 'La photo est-elle nette ?',
  'Make sure all the text is readable and there is no glare.':
    'Vérifiez que tout le texte est lisible et qu’il n’y a pas de reflet.',
  Retake: 'Reprendre',
  'Use this photo': 'Utiliser cette photo',
  "Check it's you": 'Vérifions que c’est bien vous',
  'Look straight at the camera and follow the instructions.':
    'Regardez la caméra et suivez les instructions.',
  'Sandbox outcome': 'Résultat simulé',
  'Approve every check': 'Approuver chaque contrôle',
  'Reject (fraud detected)': 'Rejeter (fraude détectée)',
  'Abort (document missing)': 'Abandonner (document manquant)',
  'Sandbox outcome of the identity profile': 'Résultat simulé du profil d’identité',
  'Requirements met': 'Exigences satisfaites',
  'Not met:': 'Non satisfaites :',
  'This check needs:': 'Ce contrôle demande :',
  'Asked for:': 'Demandé :',
  'Residence permit': 'Titre de séjour',
  'Utility bill': 'Facture',
  'Bank statement': 'Relevé bancaire',
  'Council tax bill': 'Avis de taxe d’habitation',
  'Start liveness check': 'Lancer la détection du vivant',
  'All done': 'C’est terminé',
  'Your documents have been sent for checking.': 'Vos documents ont été envoyés pour vérification.',
  'You can go back to your computer.': 'Vous pouvez revenir sur votre ordinateur.',
  "We couldn't continue": 'Nous n’avons pas pu continuer',
  'Simulate an error': 'Simuler une erreur',
  'Send error': 'Envoyer l’erreur',
  'No session ID was given.': 'Aucun identifiant de session n’a été fourni.',
  'No session token was given.': 'Aucun jeton de session n’a été fourni.',
  'This session does not exist.': 'Cette session n’existe pas.',
  'This session token is not valid.': 'Ce jeton de session n’est pas valide.',
  'This session has expired.': 'Cette session a expiré.',
  'This session is already finished.': 'Cette session est déjà terminée.',
  'The session could not be completed.': 'La session n’a pas pu être terminée.',
  'The network failed.': 'Le réseau a échoué.',
  'This link has been used or has expired.': 'Ce lien a déjà servi ou a expiré.',
};
let words = {};
const t = (text) => words[text] ?? text;

/** Puts the page's texts in the session's language (English unless it asks for French). */
function translate(locale) {
  words = /^fr\b/i.test(locale || '') ? FRENCH : {};
  document.title = t(document.title);
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const english = node.nodeValue.trim();
    if (english && words[english]) node.nodeValue = node.nodeValue.replace(english, words[english]);
  }
  $('handoff-qr').alt = t($('handoff-qr').alt);
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
function apply(config) {
  page = config || {};
  const root = document.documentElement;
  if (page.primaryColour) root.style.setProperty('--primary', page.primaryColour);
  if (page.fontColour) root.style.setProperty('--font', page.fontColour);
  if (page.locale) root.lang = page.locale;
  translate(page.locale);
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
  apply(body.page);
  showAsks(body);
  session = { sessionId: sessionID, sessionToken };
  show('document');
}

async function finish() {
  $('finish').disabled = true;
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
  $('use-photo').addEventListener('click', () => show('liveness'));
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

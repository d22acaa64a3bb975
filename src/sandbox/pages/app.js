// The sandbox's stand-in for the Yoti app: opened at a share QR code's URI (as the app would be
// after a scan, or after a tap on Share details), it shows who asks for what and lets a person
// Allow or Deny.
import { speak, t } from './words.js';

const qrCodeId = decodeURIComponent(location.pathname.split('/').pop() || '');
const $ = (id) => document.getElementById(id);

const LABELS = {
  full_name: 'Full name',
  given_names: 'Given names',
  family_name: 'Family name',
  date_of_birth: 'Date of birth',
  email_address: 'Email address',
  phone_number: 'Mobile number',
  postal_address: 'Address',
  structured_postal_address: 'Address (structured)',
  nationality: 'Nationality',
  gender: 'Gender',
  selfie: 'Selfie',
  document_details: 'Document details',
  document_images: 'Document images',
};
/** How each reason an identity profile may be unmet reads. */
const humanise = (code) => code.charAt(0) + code.slice(1).toLowerCase().replaceAll('_', ' ');
let view;

function label(item) {
  const age = /^age_(over|under):(\d+)$/.exec(item.derivation || '');
  if (age) return t(age[1] === 'over' ? '{age} or over' : 'Under {age}', { age: age[2] });
  return LABELS[item.name] ? t(LABELS[item.name]) : item.name.replaceAll('_', ' ');
}

function finish(title, body) {
  $('request').hidden = true;
  $('selfie').hidden = true;
  $('loading').hidden = true;
  $('done-title').textContent = t(title);
  $('done-body').textContent = t(body);
  $('done').hidden = false;
}

async function answer(choice, { selfie = false } = {}) {
  for (const button of document.querySelectorAll('button')) button.disabled = true;
  const profileFailure = document.querySelector('input[name="profile"]:checked')?.value || undefined;
  const response = await fetch(`/sandbox/qr/${encodeURIComponent(qrCodeId)}/${choice}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ selfie, ...(choice === 'allow' && profileFailure ? { profileFailure } : {}) }),
  });
  if (response.ok) {
    finish(
      choice === 'allow' ? 'Details shared' : 'Share declined',
      choice === 'allow' ? 'You can go back to the website.' : 'Nothing was shared.',
    );
  } else {
    const { message } = await response
      .json()
      .catch(() => ({ message: 'This request can no longer be answered.' }));
    // The sandbox's own refusal, in English: a developer's message.
    finish('Something went wrong', message);
  }
}

/** Why a request can no longer be answered, by its status. */
const CLOSED = {
  COMPLETED: 'This share request has already been answered.',
  FAILED: 'This share request was declined.',
  CANCELLED: 'This share request was cancelled.',
  EXPIRED: 'This share request has expired.',
};

async function load() {
  const response = await fetch(`/sandbox/qr/${encodeURIComponent(qrCodeId)}`);
  if (!response.ok) return finish('Unknown code', 'This QR code is not one the sandbox issued.');
  view = await response.json();
  if (view.expired)
    return finish('Code expired', 'This QR code has expired. Scan the new one on the website.');
  if (view.status !== 'CREATED')
    return finish('Request closed', CLOSED[view.status] ?? 'This share request is closed.');
  $('app-name').textContent = view.application.name;
  $('initial').textContent = view.application.name.charAt(0).toUpperCase();
  for (const item of view.wanted) {
    const li = document.createElement('li');
    li.textContent = label(item);
    const tick = document.createElement('span');
    tick.textContent = '✓';
    tick.setAttribute('aria-label', t('verified'));
    li.append(tick);
    $('wanted').append(li);
  }
  for (const profile of view.identityProfile ?? []) {
    const li = document.createElement('li');
    const schemes = profile.schemes.map((scheme) =>
      [scheme.type, scheme.objective].filter(Boolean).join(' '),
    );
    li.textContent = t('Identity profile: {profile}', {
      profile: `${profile.trustFramework} ${schemes.join(', ')}`,
    });
    $('wanted').append(li);
  }
  if (view.identityProfile) {
    for (const reason of view.profileFailures ?? []) {
      const choice = document.createElement('label');
      choice.className = 'choice';
      const input = document.createElement('input');
      Object.assign(input, { type: 'radio', name: 'profile', value: reason });
      choice.append(input, ` ${t('Not met: {reason}', { reason: humanise(reason) })}`);
      $('profile-outcome').append(choice);
    }
    $('profile-outcome').hidden = false;
  }
  $('loading').hidden = true;
  $('request').hidden = false;
  // A policy asking for selfie authentication: the person takes one before anything is shared.
  $('allow').addEventListener('click', () => {
    if (!view.selfieAuthentication) return answer('allow');
    $('request').hidden = true;
    $('selfie').hidden = false;
    $('selfie-take').focus();
  });
  $('selfie-take').addEventListener('click', () => answer('allow', { selfie: true }));
  $('selfie-cancel').addEventListener('click', () => {
    $('selfie').hidden = true;
    $('request').hidden = false;
  });
  $('deny').addEventListener('click', () => answer('deny'));
}

speak('/app/', [...navigator.languages])
  .then(load)
  .catch(() => finish('Something went wrong', 'The sandbox could not be reached.'));

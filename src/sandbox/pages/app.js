// The sandbox's stand-in for the Yoti app: opened at a share QR code's URI (as the app would be
// after a scan, or after a tap on Share details), it shows who asks for what and lets a person
// Allow or Deny.
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
  nationality: 'Nationality',
  gender: 'Gender',
};

function label(item) {
  const age = /^age_(over|under):(\d+)$/.exec(item.derivation || '');
  if (age) return `${age[1] === 'over' ? 'Over' : 'Under'} ${age[2]}`;
  return LABELS[item.name] || item.name.replaceAll('_', ' ');
}

function finish(title, body) {
  $('request').hidden = true;
  $('loading').hidden = true;
  $('done-title').textContent = title;
  $('done-body').textContent = body;
  $('done').hidden = false;
}

async function answer(choice) {
  for (const button of document.querySelectorAll('button')) button.disabled = true;
  const response = await fetch(`/sandbox/qr/${encodeURIComponent(qrCodeId)}/${choice}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: '{}',
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
    finish('Something went wrong', message);
  }
}

async function load() {
  const response = await fetch(`/sandbox/qr/${encodeURIComponent(qrCodeId)}`);
  if (!response.ok) return finish('Unknown code', 'This QR code is not one the sandbox issued.');
  const view = await response.json();
  if (view.expired)
    return finish('Code expired', 'This QR code has expired. Scan the new one on the website.');
  if (view.status !== 'CREATED')
    return finish('Request closed', `This share request is ${view.status.toLowerCase()}.`);
  $('app-name').textContent = view.application.name;
  $('initial').textContent = view.application.name.charAt(0).toUpperCase();
  for (const item of view.wanted) {
    const li = document.createElement('li');
    li.textContent = label(item);
    const tick = document.createElement('span');
    tick.textContent = '✓';
    tick.setAttribute('aria-label', 'verified');
    li.append(tick);
    $('wanted').append(li);
  }
  $('loading').hidden = true;
  $('request').hidden = false;
  $('allow').addEventListener('click', () => answer('allow'));
  $('deny').addEventListener('click', () => answer('deny'));
}

load().catch(() => finish('Something went wrong', 'The sandbox could not be reached.'));

import { en as core } from '../../core/strings/en.js';
import { progressStrings } from '../../core/strings/progress.js';
import { elementsSource, type Translations } from '../../core/strings.js';

/**
 * The strings of the Doc Scan frame, with the message of each of Yoti's IDV error codes, in English
 * (the reference); other languages load when first needed (src/locales/).
 */
const en = {
  ...core,
  ...progressStrings,
  'docscan.title': 'Identity verification',
  'docscan.loading': 'Loading your identity check…',
  'docscan.success.title': 'Thank you',
  'docscan.success.body': "Your documents have been submitted. We'll let you know the result.",
  'docscan.error.title': "We couldn't complete your identity check",
  'docscan.expired.title': 'Your session has expired',
  'docscan.restart': 'Start again',
  'docscan.frameTimeout': "The identity check didn't load. Check your connection and try again.",
  'docscan.noSession': 'No identity check session was given to this page.',
  'docscan.badApiUrl': 'The identity check is not set up correctly on this page (api-url).',
  // Before Yoti's page loads: what would make the capture fail here, and the ways forward.
  'preflight.camera.title': "Your camera can't be used here",
  'preflight.insecure-context': "This page isn't secure, so your browser won't let it use your camera.",
  'preflight.camera-blocked': "This page isn't allowed to use your camera.",
  'preflight.no-camera.title': "We couldn't find a camera",
  'preflight.no-camera': "This device doesn't seem to have a camera.",
  'preflight.in-app-browser.title': 'Open this page in your browser',
  'preflight.in-app-browser':
    "The identity check can't use your camera inside this app. Copy the link, then open it in your browser, such as Safari or Chrome.",
  'preflight.ios-not-safari.title': 'Open this page in Safari',
  'preflight.ios-not-safari':
    'On iPhone and iPad, the identity check works in Safari. Copy the link, then open it in Safari.',
  'preflight.offer.handoff': 'Continue on your phone',
  'preflight.offer.handoff.hint': "You'll scan a code with your phone and take the photos there.",
  'preflight.offer.open-in-browser': 'Copy link',
  'preflight.offer.upload': 'Upload photos instead',
  'preflight.offer.continue': 'Try anyway',
  'preflight.copied': 'Link copied. Open your browser and paste it into the address bar.',
  'preflight.copyFailed': "The link couldn't be copied. Select it and copy it yourself:",
  'idv.1000': 'You cancelled the identity check.',
  'idv.2000': 'This identity check is no longer authorised. Please start again.',
  'idv.2001': "We couldn't find this identity check. Please start again.",
  'idv.2002': 'This identity check has expired. Please start again.',
  'idv.2003': 'This identity check is missing its access token.',
  'idv.2004': 'This identity check is missing its session.',
  'idv.3000': 'The identity service is unavailable right now. Please try again later.',
  'idv.3001': 'A network error interrupted the identity check. Please try again.',
  'idv.3002': "You're offline. Reconnect and try again.",
  'idv.4000': 'Camera access was denied. Allow the camera in your browser settings to continue.',
  'idv.4001': "The document didn't match, or there were too many attempts.",
  'idv.5000': 'No camera was found, and uploading a photo is not allowed for this check.',
  'idv.5001': "This browser isn't supported. Please use a recent version of Chrome, Safari, Firefox or Edge.",
  'idv.5002': 'There are no liveness attempts left.',
  'idv.5004': 'Something went wrong in the identity check. Please try again.',
  'idv.5006': 'The liveness check failed. Please try again.',
  'idv.5007': 'On iPhone and iPad, please open this page in Safari.',
  'idv.5008': "This identity check's configuration isn't supported.",
  'idv.5010': 'The camera failed and there is no other way to continue.',
  'idv.5011': "Your camera's resolution is too low for this check.",
  'idv.7000': "You don't have the documents this check requires.",
  // A link's other refusals (withdrawn, not valid) are said by its page before the frame runs.
  'error.link_used': 'This link was opened on another device.',
  'error.link_expired': 'This link has expired.',
} as const;

export const docscanStrings: Translations<typeof en> = {
  en,
  source: elementsSource,
};

export type DocscanKey = keyof typeof en;

import { en as core } from '../../core/strings/en.js';
import { elementsSource, type Translations } from '../../core/strings.js';

/** The strings of the share button and its overlay in English, the reference; other languages load when first needed (src/locales/). */
const en = {
  ...core,
  'share.label': 'Use Yoti',
  'share.preparing': 'Preparing a secure code…',
  'share.wants': '{app} would like to see:',
  'share.scan': 'Scan this code with the Yoti app',
  'share.scanHint': 'Open the Yoti app on your phone and tap Scan.',
  'share.qrAlt': 'QR code for sharing your details with {app} using the Yoti app',
  'share.refreshing': 'Getting a fresh code…',
  'share.cantScan': "Can't scan? Open the link on your phone",
  'share.tap': 'Tap Share details to open the Yoti app.',
  'share.shareDetails': 'Share details',
  'share.noApp': "No Yoti app? You'll be shown where to get it.",
  'share.contact': 'Contact {app}',
  'share.privacy': 'Privacy policy',
  'share.howItWorks': 'How it works',
  'share.how.1': 'Scan the code with the Yoti app, or tap Share details on your phone.',
  'share.how.2': 'The app shows the details {app} is asking for.',
  'share.how.2.site': 'The app shows the details this website is asking for.',
  'share.how.3': 'Tap Allow to share them. Yoti never shares anything without your say-so.',
  'share.how.more': 'More about Yoti',
  'share.success': 'Details shared',
  'share.successBody': 'Thanks — you can continue on {app}.',
  'share.expired': 'This request has expired',
  'share.expiredBody': 'For your security, share requests only last a few minutes.',
  'share.failed': 'The share was not completed',
  'share.failedBody': 'Nothing was shared with {app}.',
  'share.startAgain': 'Start again',
  'share.errorTitle': "We couldn't start the share",
  'share.secured': 'Secured by Yoti',
  'error.yoti_invalid_payload': "Yoti couldn't accept this site's request. Please try again later.",
  'error.yoti_unknown_attribute':
    "This site asked Yoti for a detail Yoti doesn't know. Please let the site know.",
  'error.yoti_service_disabled':
    "This site's Yoti service is switched off. Please choose another way to continue.",
  'error.yoti_no_organisation':
    "This site isn't set up with Yoti yet. Please choose another way to continue.",
  'error.yoti_organisation_not_verified':
    "This site's organisation isn't verified by Yoti yet. Please choose another way to continue.",
  'error.yoti_third_party_request_not_allowed':
    "This site isn't allowed to ask for one of these details. Please let the site know.",
  'error.yoti_third_party_issue_not_allowed':
    "This site isn't allowed to give you one of these details. Please let the site know.",
  'attr.full_name': 'Full name',
  'attr.given_names': 'Given names',
  'attr.family_name': 'Family name',
  'attr.date_of_birth': 'Date of birth',
  'attr.age_over': '{age} or over',
  'attr.age_under': 'Under {age}',
  'attr.gender': 'Gender',
  'attr.nationality': 'Nationality',
  'attr.phone_number': 'Mobile number',
  'attr.email_address': 'Email address',
  'attr.postal_address': 'Address',
  'attr.structured_postal_address': 'Address',
  'attr.selfie': 'Photo',
  'attr.document_details': 'Document details',
  'attr.document_images': 'Document images',
} as const;

export const shareStrings: Translations<typeof en> = {
  en,
  source: elementsSource,
};

export type ShareKey = keyof typeof en;

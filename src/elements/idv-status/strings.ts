import { en as core } from '../../core/strings/en.js';
import { progressStrings } from '../../core/strings/progress.js';
import { elementsSource, type Translations } from '../../core/strings.js';

/** The strings of the IDV status card in English, the reference; other languages load when first needed (src/locales/). */
const en = {
  ...core,
  ...progressStrings,
  'status.heading': 'Identity verification',
  'status.loading': 'Checking your verification…',
  'status.capturing.title': 'Identity check in progress',
  'status.capturing': "Your documents haven't been sent yet. Finish the steps to send them.",
  'status.outcome.PENDING': 'Checking your documents',
  'status.outcome.PENDING.body': 'This usually takes a minute or two. This page updates by itself.',
  'status.outcome.REVIEW': 'Your documents are being reviewed',
  'status.outcome.REVIEW.body': "A person is looking at your documents. We'll let you know the result.",
  'status.outcome.APPROVED': 'Identity verified',
  'status.outcome.APPROVED.body': 'Thank you. Your identity has been confirmed.',
  'status.outcome.REJECTED': "We couldn't verify your identity",
  'status.outcome.REJECTED.body': 'You can try again, or contact us for another way to continue.',
  'status.outcome.EXPIRED': 'This verification expired',
  'status.outcome.EXPIRED.body': 'It expired before it was finished. You can start again.',
  'status.checks': 'Checks',
  'status.check.pending': 'Pending',
  'status.recommendation.APPROVE': 'Passed',
  'status.recommendation.REJECT': 'Not passed',
  'status.recommendation.NOT_AVAILABLE': 'Not checked',
  'status.reason': 'Reason: {reason}',
  'status.unreachable': "We couldn't get the status of this verification.",
  'status.reconnecting': 'Reconnecting…',
  'status.announce': 'Verification status: {outcome}.',
  'status.noSession': 'No verification session was given to this page.',
  'check.ID_DOCUMENT_AUTHENTICITY': 'Document authenticity',
  'check.ID_DOCUMENT_FACE_MATCH': 'Face match',
  'check.LIVENESS': 'Liveness',
  'check.ID_DOCUMENT_TEXT_DATA_CHECK': 'Text extraction',
  'check.ID_DOCUMENT_COMPARISON': 'Document comparison',
  'check.SUPPLEMENTARY_DOCUMENT_TEXT_DATA_CHECK': 'Supporting document text extraction',
  'check.WATCHLIST_SCREENING': 'Watchlist screening',
  'check.WATCHLIST_ADVANCED_CA': 'Advanced watchlist screening',
  'check.FACE_COMPARISON': 'Face comparison',
  'check.THIRD_PARTY_IDENTITY': 'Third-party identity check',
  'reason.MANDATORY_DOCUMENT_COULD_NOT_BE_PROVIDED': 'A required document could not be provided.',
  'reason.FRAUD_DETECTED': 'Possible fraud was detected.',
  'reason.COULD_NOT_VERIFY_ADDRESS': 'The address could not be verified.',
  'reason.UNABLE_TO_VALIDATE_DOCUMENT': 'The document could not be validated.',
  'reason.EXPIRED_DOCUMENT': 'The document has expired.',
  'reason.USER_CANCELLED': 'The verification was cancelled.',
} as const;

export const statusStrings: Translations<typeof en> = {
  en,
  source: elementsSource,
};

export type StatusKey = keyof typeof en;

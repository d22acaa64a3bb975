import { en as core } from '../../core/strings/en.js';
import type { Translations } from '../../core/strings.js';

/** The strings of the IDV status card in English, the reference; other languages load when first needed. */
const en = {
  ...core,
  'status.heading': 'Identity verification',
  'status.loading': 'Checking your verification…',
  'status.state.ONGOING': 'In progress',
  'status.state.COMPLETED': 'Completed',
  'status.state.EXPIRED': 'Expired',
  'status.state.ONGOING.body': "We're checking your documents. This page updates by itself.",
  'status.state.EXPIRED.body': 'This verification expired before it was finished.',
  'status.result.DONE': 'Identity verified',
  'status.result.ABORTED': 'Identity not verified',
  'status.checks': 'Checks',
  'status.check.pending': 'Pending',
  'status.recommendation.APPROVE': 'Approved',
  'status.recommendation.REJECT': 'Rejected',
  'status.recommendation.NOT_AVAILABLE': 'Not available',
  'status.reason': 'Reason: {reason}',
  'status.unreachable': "We couldn't get the status of this verification.",
  'status.reconnecting': 'Reconnecting…',
  'status.announce': 'Verification status: {state}.',
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
  fr: () => import('./strings.fr.js').then((module) => module.fr),
};

export type StatusKey = keyof typeof en;

import { coreStrings, type Translations } from '../../core/strings.js';

/** The strings of the Doc Scan frame, with the message of each of Yoti's IDV error codes: one table per locale, English the reference. */
const en = {
  ...coreStrings.en,
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
} as const;

export const docscanStrings: Translations<typeof en> = {
  en,
  fr: {
    ...coreStrings.fr,
    'docscan.title': "Vérification d'identité",
    'docscan.loading': "Chargement de votre vérification d'identité…",
    'docscan.success.title': 'Merci',
    'docscan.success.body': 'Vos documents ont été envoyés. Nous vous informerons du résultat.',
    'docscan.error.title': "Nous n'avons pas pu terminer votre vérification d'identité",
    'docscan.expired.title': 'Votre session a expiré',
    'docscan.restart': 'Recommencer',
    'docscan.frameTimeout':
      "La vérification d'identité ne s'est pas chargée. Vérifiez votre connexion et réessayez.",
    'docscan.noSession': "Aucune session de vérification d'identité n'a été fournie à cette page.",
    'docscan.badApiUrl':
      "La vérification d'identité n'est pas configurée correctement sur cette page (api-url).",
    'idv.1000': "Vous avez annulé la vérification d'identité.",
    'idv.2000': "Cette vérification d'identité n'est plus autorisée. Veuillez recommencer.",
    'idv.2001': "Cette vérification d'identité est introuvable. Veuillez recommencer.",
    'idv.2002': "Cette vérification d'identité a expiré. Veuillez recommencer.",
    'idv.2003': "Le jeton d'accès de cette vérification d'identité est manquant.",
    'idv.2004': "La session de cette vérification d'identité est manquante.",
    'idv.3000': "Le service de vérification d'identité est indisponible. Veuillez réessayer plus tard.",
    'idv.3001': "Une erreur réseau a interrompu la vérification d'identité. Veuillez réessayer.",
    'idv.3002': 'Vous êtes hors ligne. Reconnectez-vous et réessayez.',
    'idv.4000':
      "L'accès à la caméra a été refusé. Autorisez la caméra dans les réglages du navigateur pour continuer.",
    'idv.4001': 'Le document ne correspond pas, ou il y a eu trop de tentatives.',
    'idv.5000':
      "Aucune caméra n'a été trouvée et l'envoi d'une photo n'est pas autorisé pour cette vérification.",
    'idv.5001':
      "Ce navigateur n'est pas pris en charge. Utilisez une version récente de Chrome, Safari, Firefox ou Edge.",
    'idv.5002': 'Il ne reste plus de tentative pour la détection du vivant.',
    'idv.5004': "Une erreur est survenue pendant la vérification d'identité. Veuillez réessayer.",
    'idv.5006': 'La détection du vivant a échoué. Veuillez réessayer.',
    'idv.5007': 'Sur iPhone et iPad, ouvrez cette page dans Safari.',
    'idv.5008': "La configuration de cette vérification d'identité n'est pas prise en charge.",
    'idv.5010': "La caméra ne fonctionne pas et il n'y a pas d'autre moyen de continuer.",
    'idv.5011': 'La résolution de votre caméra est trop faible pour cette vérification.',
    'idv.7000': "Vous n'avez pas les documents requis pour cette vérification.",
  },
};

export type DocscanKey = keyof typeof en;

import { fr as core } from '../../core/strings/fr.js';
import type { DocscanKey } from './strings.js';

/** The French strings of the Doc Scan frame, loaded when an element first needs them. */
export const fr: Record<DocscanKey, string> = {
  ...core,
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
  'error.link_used': 'Ce lien a été ouvert sur un autre appareil.',
  'error.link_expired': 'Ce lien a expiré.',
};

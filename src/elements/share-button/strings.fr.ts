import { fr as core } from '../../core/strings/fr.js';
import type { ShareKey } from './strings.js';

/** The French strings of the share button and its overlay, loaded when an element first needs them. */
export const fr: Record<ShareKey, string> = {
  ...core,
  'share.label': 'Utiliser Yoti',
  'share.preparing': "Préparation d'un code sécurisé…",
  'share.wants': '{app} souhaite voir :',
  'share.scan': "Scannez ce code avec l'application Yoti",
  'share.scanHint': "Ouvrez l'application Yoti sur votre téléphone et touchez Scanner.",
  'share.qrAlt': "QR code pour partager vos informations avec {app} grâce à l'application Yoti",
  'share.refreshing': "Obtention d'un nouveau code…",
  'share.cantScan': 'Impossible de scanner ? Ouvrez le lien sur votre téléphone',
  'share.tap': "Touchez Partager mes informations pour ouvrir l'application Yoti.",
  'share.shareDetails': 'Partager mes informations',
  'share.noApp': "Pas d'application Yoti ? Nous vous indiquerons où l'obtenir.",
  'share.contact': 'Contacter {app}',
  'share.privacy': 'Politique de confidentialité',
  'share.howItWorks': 'Comment ça marche',
  'share.how.1':
    "Scannez le code avec l'application Yoti, ou touchez Partager mes informations sur votre téléphone.",
  'share.how.2': "L'application affiche les informations demandées par {app}.",
  'share.how.3': 'Touchez Autoriser pour les partager. Yoti ne partage rien sans votre accord.',
  'share.how.more': 'En savoir plus sur Yoti',
  'share.success': 'Informations partagées',
  'share.successBody': 'Merci, vous pouvez continuer sur {app}.',
  'share.expired': 'Cette demande a expiré',
  'share.expiredBody': 'Pour votre sécurité, les demandes de partage ne durent que quelques minutes.',
  'share.failed': "Le partage n'a pas abouti",
  'share.failedBody': "Rien n'a été partagé avec {app}.",
  'share.startAgain': 'Recommencer',
  'share.errorTitle': "Nous n'avons pas pu démarrer le partage",
  'share.secured': 'Sécurisé par Yoti',
  'error.yoti_invalid_payload':
    "Yoti n'a pas pu accepter la demande de ce site. Veuillez réessayer plus tard.",
  'error.yoti_unknown_attribute':
    'Ce site a demandé à Yoti une information que Yoti ne connaît pas. Veuillez le signaler au site.',
  'error.yoti_service_disabled':
    'Le service Yoti de ce site est désactivé. Veuillez choisir un autre moyen de continuer.',
  'error.yoti_no_organisation':
    "Ce site n'est pas encore configuré avec Yoti. Veuillez choisir un autre moyen de continuer.",
  'error.yoti_organisation_not_verified':
    "L'organisation de ce site n'est pas encore vérifiée par Yoti. Veuillez choisir un autre moyen de continuer.",
  'error.yoti_third_party_request_not_allowed':
    "Ce site n'est pas autorisé à demander l'une de ces informations. Veuillez le signaler au site.",
  'error.yoti_third_party_issue_not_allowed':
    "Ce site n'est pas autorisé à vous délivrer l'une de ces informations. Veuillez le signaler au site.",
  'attr.full_name': 'Nom complet',
  'attr.given_names': 'Prénoms',
  'attr.family_name': 'Nom de famille',
  'attr.date_of_birth': 'Date de naissance',
  'attr.age_over': 'Plus de {age} ans',
  'attr.age_under': 'Moins de {age} ans',
  'attr.gender': 'Genre',
  'attr.nationality': 'Nationalité',
  'attr.phone_number': 'Numéro de mobile',
  'attr.email_address': 'Adresse e-mail',
  'attr.postal_address': 'Adresse',
  'attr.structured_postal_address': 'Adresse',
  'attr.selfie': 'Photo',
  'attr.document_details': 'Détails du document',
  'attr.document_images': 'Images du document',
};

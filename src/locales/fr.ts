import type { ElementsStrings } from './keys.js';

/** The public elements' strings in French (français). */
export const fr: ElementsStrings = {
  'common.retry': 'Réessayer',
  'common.close': 'Fermer',
  'common.loading': 'Chargement…',
  'error.network': 'Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.',
  'error.timeout': 'Le serveur a mis trop de temps à répondre. Veuillez réessayer.',
  'error.server': 'Une erreur est survenue de notre côté. Veuillez réessayer.',
  'error.badResponse': 'Le serveur a envoyé une réponse illisible. Veuillez réessayer.',
  'error.request': 'Cette demande n’a pas pu aboutir.',
  'error.unknown': 'Une erreur est survenue ({code}).',
  'error.rate_limited':
    'Vous avez lancé plusieurs vérifications en peu de temps. Vous pourrez réessayer dans {seconds, plural, one {# seconde} other {# secondes}}.',
  'share.label': 'Utiliser Yoti',
  'share.preparing': 'Préparation d’un code sécurisé…',
  'share.wants': '{app} souhaite voir :',
  'share.scan': 'Scannez ce code avec l’application Yoti',
  'share.scanHint': 'Ouvrez l’application Yoti sur votre téléphone et appuyez sur « Scanner ».',
  'share.qrAlt': 'Code QR permettant de partager vos informations avec {app} via l’application Yoti',
  'share.refreshing': 'Obtention d’un nouveau code…',
  'share.cantScan': 'Impossible de scanner ? Ouvrez le lien sur votre téléphone',
  'share.tap': 'Appuyez sur « Partager mes informations » pour ouvrir l’application Yoti.',
  'share.shareDetails': 'Partager mes informations',
  'share.noApp': 'Vous n’avez pas l’application Yoti ? Nous vous indiquerons où la télécharger.',
  'share.contact': 'Contacter {app}',
  'share.privacy': 'Politique de confidentialité',
  'share.howItWorks': 'Comment ça marche',
  'share.how.1':
    'Scannez le code avec l’application Yoti, ou appuyez sur « Partager mes informations » sur votre téléphone.',
  'share.how.2': 'L’application affiche les informations demandées par {app}.',
  'share.how.3':
    'Appuyez sur « Autoriser » pour les partager. Yoti ne partage jamais rien sans votre accord.',
  'share.how.more': 'En savoir plus sur Yoti',
  'share.success': 'Informations partagées',
  'share.successBody': 'Merci, vous pouvez continuer sur {app}.',
  'share.expired': 'Cette demande a expiré',
  'share.expiredBody': 'Pour votre sécurité, les demandes de partage ne sont valables que quelques minutes.',
  'share.failed': 'Le partage n’a pas abouti',
  'share.failedBody': 'Rien n’a été partagé avec {app}.',
  'share.startAgain': 'Recommencer',
  'share.errorTitle': 'Nous n’avons pas pu démarrer le partage',
  'share.secured': 'Sécurisé par Yoti',
  'error.yoti_invalid_payload':
    'Yoti n’a pas pu accepter la demande de ce site. Veuillez réessayer plus tard.',
  'error.yoti_unknown_attribute':
    'Ce site a demandé à Yoti une information inconnue de Yoti. Veuillez le signaler au site.',
  'error.yoti_service_disabled':
    'Le service Yoti de ce site est désactivé. Veuillez choisir un autre moyen de continuer.',
  'error.yoti_no_organisation':
    'Ce site n’est pas encore configuré avec Yoti. Veuillez choisir un autre moyen de continuer.',
  'error.yoti_organisation_not_verified':
    'L’organisation de ce site n’est pas encore vérifiée par Yoti. Veuillez choisir un autre moyen de continuer.',
  'error.yoti_third_party_request_not_allowed':
    'Ce site n’est pas autorisé à demander l’une de ces informations. Veuillez le signaler au site.',
  'error.yoti_third_party_issue_not_allowed':
    'Ce site n’est pas autorisé à vous délivrer l’une de ces informations. Veuillez le signaler au site.',
  'attr.full_name': 'Nom complet',
  'attr.given_names': 'Prénoms',
  'attr.family_name': 'Nom de famille',
  'attr.date_of_birth': 'Date de naissance',
  'attr.age_over': '{age} or over', // TRANSLATE (changed)
  'attr.age_under': 'Moins de {age} ans',
  'attr.gender': 'Sexe',
  'attr.nationality': 'Nationalité',
  'attr.phone_number': 'Numéro de mobile',
  'attr.email_address': 'Adresse e-mail',
  'attr.postal_address': 'Adresse',
  'attr.structured_postal_address': 'Adresse',
  'attr.selfie': 'Photo',
  'attr.document_details': 'Informations du document',
  'attr.document_images': 'Images du document',
  'docscan.title': 'Vérification d’identité',
  'docscan.loading': 'Chargement de votre vérification d’identité…',
  'docscan.success.title': 'Merci',
  'docscan.success.body': 'Vos documents ont été envoyés. Nous vous informerons du résultat.',
  'docscan.error.title': 'Nous n’avons pas pu terminer votre vérification d’identité',
  'docscan.expired.title': 'Votre session a expiré',
  'docscan.restart': 'Recommencer',
  'docscan.frameTimeout':
    'La vérification d’identité ne s’est pas chargée. Vérifiez votre connexion et réessayez.',
  'docscan.noSession': 'Aucune session de vérification d’identité n’a été fournie à cette page.',
  'docscan.badApiUrl':
    'La vérification d’identité n’est pas configurée correctement sur cette page (api-url).',
  'idv.1000': 'Vous avez annulé la vérification d’identité.',
  'idv.2000': 'Cette vérification d’identité n’est plus autorisée. Veuillez recommencer.',
  'idv.2001': 'Cette vérification d’identité est introuvable. Veuillez recommencer.',
  'idv.2002': 'Cette vérification d’identité a expiré. Veuillez recommencer.',
  'idv.2003': 'Le jeton d’accès de cette vérification d’identité est manquant.',
  'idv.2004': 'La session de cette vérification d’identité est manquante.',
  'idv.3000': 'Le service de vérification d’identité est indisponible. Veuillez réessayer plus tard.',
  'idv.3001': 'Une erreur réseau a interrompu la vérification d’identité. Veuillez réessayer.',
  'idv.3002': 'Vous êtes hors ligne. Reconnectez-vous et réessayez.',
  'idv.4000':
    'L’accès à la caméra a été refusé. Pour continuer, autorisez l’accès à la caméra dans les paramètres de votre navigateur.',
  'idv.4001': 'Le document ne correspond pas, ou le nombre maximal de tentatives a été atteint.',
  'idv.5000':
    'Aucune caméra n’a été détectée et l’import d’une photo n’est pas autorisé pour cette vérification.',
  'idv.5001':
    'Ce navigateur n’est pas pris en charge. Veuillez utiliser une version récente de Chrome, Safari, Firefox ou Edge.',
  'idv.5002': 'Il ne reste plus aucune tentative pour la détection du vivant.',
  'idv.5004': 'Une erreur est survenue pendant la vérification d’identité. Veuillez réessayer.',
  'idv.5006': 'La détection du vivant n’a pas abouti. Veuillez réessayer.',
  'idv.5007': 'Sur iPhone et iPad, ouvrez cette page dans Safari.',
  'idv.5008': 'La configuration de cette vérification d’identité n’est pas prise en charge.',
  'idv.5010': 'La caméra ne fonctionne pas et aucun autre moyen de continuer n’est disponible.',
  'idv.5011': 'La résolution de votre caméra est trop faible pour cette vérification.',
  'idv.7000': 'Vous ne disposez pas des documents requis pour cette vérification.',
  'error.link_used': 'Ce lien a été ouvert sur un autre appareil.',
  'error.link_expired': 'Ce lien a expiré.',
  'status.heading': 'Vérification d’identité',
  'status.loading': 'Chargement de l’état de votre vérification…',
  'status.outcome.PENDING': 'Vérification de vos documents en cours',
  'status.outcome.PENDING.body':
    'Cela prend généralement une minute ou deux. Cette page se met à jour automatiquement.',
  'status.outcome.REVIEW': 'Vos documents sont en cours d’examen',
  'status.outcome.REVIEW.body': 'Nos équipes examinent vos documents. Nous vous informerons du résultat.',
  'status.outcome.APPROVED': 'Identité vérifiée',
  'status.outcome.APPROVED.body': 'Merci. Votre identité a été confirmée.',
  'status.outcome.REJECTED': 'Nous n’avons pas pu vérifier votre identité',
  'status.outcome.REJECTED.body': 'Vous pouvez réessayer ou nous contacter pour trouver une autre solution.',
  'status.outcome.EXPIRED': 'Cette vérification a expiré',
  'status.outcome.EXPIRED.body': 'Elle a expiré avant d’être terminée. Vous pouvez recommencer.',
  'status.checks': 'Contrôles',
  'status.check.pending': 'En attente',
  'status.recommendation.APPROVE': 'Réussi',
  'status.recommendation.REJECT': 'Non réussi',
  'status.recommendation.NOT_AVAILABLE': 'Non vérifié',
  'status.reason': 'Motif : {reason}',
  'status.unreachable': 'Nous n’avons pas pu obtenir l’état de cette vérification.',
  'status.reconnecting': 'Reconnexion…',
  'status.announce': 'État de la vérification : {outcome}.',
  'status.noSession': 'Aucune session de vérification n’a été fournie à cette page.',
  'check.ID_DOCUMENT_AUTHENTICITY': 'Authenticité du document',
  'check.ID_DOCUMENT_FACE_MATCH': 'Correspondance du visage',
  'check.LIVENESS': 'Détection du vivant',
  'check.ID_DOCUMENT_TEXT_DATA_CHECK': 'Extraction du texte',
  'check.ID_DOCUMENT_COMPARISON': 'Comparaison de documents',
  'check.SUPPLEMENTARY_DOCUMENT_TEXT_DATA_CHECK': 'Extraction du texte du justificatif',
  'check.WATCHLIST_SCREENING': 'Criblage des listes de surveillance',
  'check.WATCHLIST_ADVANCED_CA': 'Criblage avancé des listes de surveillance',
  'check.FACE_COMPARISON': 'Comparaison des visages',
  'check.THIRD_PARTY_IDENTITY': 'Vérification d’identité par un tiers',
  'reason.MANDATORY_DOCUMENT_COULD_NOT_BE_PROVIDED': 'Un document requis n’a pas pu être fourni.',
  'reason.FRAUD_DETECTED': 'Un risque de fraude a été détecté.',
  'reason.COULD_NOT_VERIFY_ADDRESS': 'L’adresse n’a pas pu être vérifiée.',
  'reason.UNABLE_TO_VALIDATE_DOCUMENT': 'Le document n’a pas pu être validé.',
  'reason.EXPIRED_DOCUMENT': 'Le document a expiré.',
  'reason.USER_CANCELLED': 'La vérification a été annulée.',
  'share.how.2.site': 'The app shows the details this website is asking for.', // TRANSLATE (new)
  'progress.label': 'Your progress', // TRANSLATE (new)
  'progress.waiting': 'Waiting for your phone…', // TRANSLATE (new)
  'progress.document': 'Document captured', // TRANSLATE (new)
  'progress.face': 'Face captured', // TRANSLATE (new)
  'progress.submitted': 'Sent for checking', // TRANSLATE (new)
  'progress.done': 'Done', // TRANSLATE (new)
  'progress.todo': 'Not yet', // TRANSLATE (new)
  'preflight.camera.title': "Your camera can't be used here", // TRANSLATE (new)
  'preflight.insecure-context': "This page isn't secure, so your browser won't let it use your camera.", // TRANSLATE (new)
  'preflight.camera-blocked': "This page isn't allowed to use your camera.", // TRANSLATE (new)
  'preflight.no-camera.title': "We couldn't find a camera", // TRANSLATE (new)
  'preflight.no-camera': "This device doesn't seem to have a camera.", // TRANSLATE (new)
  'preflight.in-app-browser.title': 'Open this page in your browser', // TRANSLATE (new)
  'preflight.in-app-browser':
    "The identity check can't use your camera inside this app. Copy the link, then open it in your browser, such as Safari or Chrome.", // TRANSLATE (new)
  'preflight.ios-not-safari.title': 'Open this page in Safari', // TRANSLATE (new)
  'preflight.ios-not-safari':
    'On iPhone and iPad, the identity check works in Safari. Copy the link, then open it in Safari.', // TRANSLATE (new)
  'preflight.offer.handoff': 'Continue on your phone', // TRANSLATE (new)
  'preflight.offer.handoff.hint': "You'll scan a code with your phone and take the photos there.", // TRANSLATE (new)
  'preflight.offer.open-in-browser': 'Copy link', // TRANSLATE (new)
  'preflight.offer.upload': 'Upload photos instead', // TRANSLATE (new)
  'preflight.offer.continue': 'Try anyway', // TRANSLATE (new)
  'preflight.copied': 'Link copied. Open your browser and paste it into the address bar.', // TRANSLATE (new)
  'preflight.copyFailed': "The link couldn't be copied. Select it and copy it yourself:", // TRANSLATE (new)
  'status.capturing.title': 'Identity check in progress', // TRANSLATE (new)
  'status.capturing': "Your documents haven't been sent yet. Finish the steps to send them.", // TRANSLATE (new)
};

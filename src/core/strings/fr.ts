import type { CoreKey } from './en.js';

export const fr: Record<CoreKey, string> = {
  'common.retry': 'Réessayer',
  'common.close': 'Fermer',
  'common.loading': 'Chargement…',
  'error.network': 'Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.',
  'error.timeout': 'Le serveur a mis trop de temps à répondre. Veuillez réessayer.',
  'error.server': 'Une erreur est survenue de notre côté. Veuillez réessayer.',
  'error.badResponse': 'Le serveur a envoyé une réponse illisible. Veuillez réessayer.',
  'error.request': "Cette demande n'a pas pu aboutir.",
  'error.unknown': 'Une erreur est survenue ({code}).',
  'error.rate_limited':
    'Vous avez lancé plusieurs vérifications en peu de temps. Vous pourrez réessayer dans {seconds} secondes.',
};

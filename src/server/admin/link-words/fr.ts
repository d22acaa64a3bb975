import type { LinkWords } from './index.js';

/** The link page's words in French (français). */
export const fr: LinkWords = {
  title: 'Vérifiez votre identité',
  intro:
    '{app} vous demande de confirmer votre identité : une photo de votre pièce d’identité, puis une courte vidéo selfie.',
  privacy: 'Vos photos sont transmises à Yoti, qui les vérifie pour le compte de {app}.',
  noScript: 'Cette page nécessite JavaScript pour effectuer la vérification d’identité.',
  gone: 'Ce lien ne peut pas être utilisé',
  link_not_found: 'Ce lien n’est pas valide. Vérifiez qu’il est complet, ou demandez-en un nouveau à {app}.',
  link_expired: 'Ce lien a expiré. Demandez-en un nouveau à {app}.',
  link_revoked: 'Ce lien a été retiré. Si vous en avez encore besoin, demandez-en un nouveau à {app}.',
};

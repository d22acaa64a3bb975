import type { LinkWords } from './index.js';

/** The link page's words in French (français). */
export const fr: LinkWords = {
  title: 'Vérifiez votre identité',
  intro:
    '{app} vous demande de confirmer qui vous êtes : une photo de votre pièce d’identité, puis une courte vidéo selfie.',
  privacy: 'Vos photos vont à Yoti, qui les vérifie pour {app}.',
  noScript: 'Cette page a besoin de JavaScript pour la vérification d’identité.',
  gone: 'Ce lien ne peut pas servir',
  link_not_found: 'Ce lien n’est pas valide. Vérifiez qu’il est complet, ou demandez-en un nouveau à {app}.',
  link_expired: 'Ce lien a expiré. Demandez-en un nouveau à {app}.',
  link_revoked: 'Ce lien a été retiré. Demandez-en un nouveau à {app} si besoin.',
};

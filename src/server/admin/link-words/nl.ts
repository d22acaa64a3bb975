import type { LinkWords } from './index.js';

/** The link page's words in Dutch (Nederlands). */
export const nl: LinkWords = {
  title: 'Bevestig uw identiteit',
  intro:
    '{app} vraagt u te bevestigen wie u bent: met een foto van uw identiteitsbewijs en daarna een korte selfievideo.',
  privacy: 'Uw foto’s gaan naar Yoti, dat ze controleert voor {app}.',
  noScript: 'Deze pagina heeft JavaScript nodig voor de identiteitscontrole.',
  gone: 'Deze link kan niet worden gebruikt',
  link_not_found:
    'Deze link is niet geldig. Controleer of u de hele link hebt gekopieerd, of vraag {app} om een nieuwe.',
  link_expired: 'Deze link is verlopen. Vraag {app} om een nieuwe.',
  link_revoked: 'Deze link is ingetrokken. Vraag {app} om een nieuwe als u die nog nodig hebt.',
};

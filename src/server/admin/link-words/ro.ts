import type { LinkWords } from './index.js';

/** The link page's words in Romanian (română). */
export const ro: LinkWords = {
  title: 'Verificați-vă identitatea',
  intro:
    '{app} vă solicită să confirmați cine sunteți: o fotografie a actului de identitate, apoi un scurt videoclip selfie.',
  privacy: 'Fotografiile dumneavoastră sunt trimise către Yoti, care le verifică pentru {app}.',
  noScript: 'Această pagină are nevoie de JavaScript pentru a efectua verificarea identității.',
  gone: 'Acest link nu poate fi folosit',
  link_not_found:
    'Acest link nu este valid. Verificați dacă l-ați copiat integral sau solicitați unul nou de la {app}.',
  link_expired: 'Acest link a expirat. Solicitați unul nou de la {app}.',
  link_revoked: 'Acest link a fost revocat. Dacă mai aveți nevoie de el, solicitați unul nou de la {app}.',
};

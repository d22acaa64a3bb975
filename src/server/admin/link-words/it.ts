import type { LinkWords } from './index.js';

/** The link page's words in Italian (italiano). */
export const it: LinkWords = {
  title: 'Verifichi la sua identità',
  intro:
    '{app} le chiede di confermare la sua identità: una foto del suo documento d’identità, poi un breve video selfie.',
  privacy: 'Le sue foto vengono inviate a Yoti, che le verifica per conto di {app}.',
  noScript: 'Questa pagina richiede JavaScript per eseguire la verifica dell’identità.',
  gone: 'Questo link non può essere utilizzato',
  link_not_found:
    'Questo link non è valido. Verifichi di averlo copiato per intero oppure ne chieda uno nuovo a {app}.',
  link_expired: 'Questo link è scaduto. Ne chieda uno nuovo a {app}.',
  link_revoked: 'Questo link è stato revocato. Se le serve ancora, ne chieda uno nuovo a {app}.',
};

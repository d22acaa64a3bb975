import type { LinkWords } from './index.js';

/** The link page's words in Spanish (español). */
export const es: LinkWords = {
  title: 'Verifique su identidad',
  intro:
    '{app} le pide que confirme su identidad: una foto de su documento de identidad y, después, un breve vídeo selfie.',
  privacy: 'Sus fotos se envían a Yoti, que las comprueba en nombre de {app}.',
  noScript: 'Esta página necesita JavaScript para realizar la verificación de identidad.',
  gone: 'Este enlace no se puede utilizar',
  link_not_found:
    'Este enlace no es válido. Compruebe que lo ha copiado completo o solicite uno nuevo a {app}.',
  link_expired: 'Este enlace ha caducado. Solicite uno nuevo a {app}.',
  link_revoked: 'Este enlace se ha anulado. Si todavía lo necesita, solicite uno nuevo a {app}.',
};

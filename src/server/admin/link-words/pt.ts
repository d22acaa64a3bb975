import type { LinkWords } from './index.js';

/** The link page's words in Portuguese (português). */
export const pt: LinkWords = {
  title: 'Verifique a sua identidade',
  intro:
    '{app} pede-lhe que confirme a sua identidade: uma fotografia do seu documento de identificação e, depois, um breve vídeo selfie.',
  privacy: 'As suas fotografias são enviadas para a Yoti, que as verifica em nome de {app}.',
  noScript: 'Esta página precisa de JavaScript para realizar a verificação de identidade.',
  gone: 'Não é possível utilizar esta ligação',
  link_not_found: 'Esta ligação não é válida. Confirme que a copiou na totalidade ou peça uma nova a {app}.',
  link_expired: 'Esta ligação expirou. Peça uma nova a {app}.',
  link_revoked: 'Esta ligação foi anulada. Se ainda precisar, peça uma nova a {app}.',
};

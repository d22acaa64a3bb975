import type { LinkWords } from './index.js';

/** The link page's words in German (Deutsch). */
export const de: LinkWords = {
  title: 'Bestätigen Sie Ihre Identität',
  intro:
    '{app} bittet Sie, Ihre Identität zu bestätigen: mit einem Foto Ihres Ausweisdokuments und anschließend einem kurzen Selfie-Video.',
  privacy: 'Ihre Fotos gehen an Yoti. Yoti prüft sie im Auftrag von {app}.',
  noScript: 'Für die Identitätsprüfung benötigt diese Seite JavaScript.',
  gone: 'Dieser Link kann nicht verwendet werden',
  link_not_found:
    'Dieser Link ist ungültig. Prüfen Sie, ob Sie ihn vollständig kopiert haben, oder bitten Sie {app} um einen neuen Link.',
  link_expired: 'Dieser Link ist abgelaufen. Bitten Sie {app} um einen neuen Link.',
  link_revoked:
    'Dieser Link wurde zurückgezogen. Bitten Sie {app} um einen neuen Link, falls Sie ihn noch benötigen.',
};

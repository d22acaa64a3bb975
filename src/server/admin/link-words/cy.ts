import type { LinkWords } from './index.js';

/** The link page's words in Welsh (Cymraeg). */
export const cy: LinkWords = {
  title: 'Dilyswch eich hunaniaeth',
  intro: 'Mae {app} yn gofyn i chi gadarnhau pwy ydych chi: llun o’ch dogfen adnabod, yna fideo hunlun byr.',
  privacy: 'Mae eich lluniau’n mynd i Yoti, sy’n eu gwirio ar ran {app}.',
  noScript: 'Mae angen JavaScript ar y dudalen hon i gynnal y gwiriad hunaniaeth.',
  gone: 'Nid oes modd defnyddio’r ddolen hon',
  link_not_found:
    'Nid yw’r ddolen hon yn ddilys. Gwiriwch eich bod wedi’i chopïo i gyd, neu gofynnwch i {app} am ddolen newydd.',
  link_expired: 'Mae’r ddolen hon wedi dod i ben. Gofynnwch i {app} am ddolen newydd.',
  link_revoked:
    'Mae’r ddolen hon wedi’i thynnu’n ôl. Gofynnwch i {app} am ddolen newydd os oes ei hangen arnoch o hyd.',
};

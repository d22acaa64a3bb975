import type { LinkWords } from './index.js';

/** The link page's words in Polish (polski). */
export const pl: LinkWords = {
  title: 'Potwierdzenie tożsamości',
  intro:
    '{app} prosi o potwierdzenie tożsamości: zdjęcie dokumentu tożsamości, a potem krótkie nagranie selfie.',
  privacy: 'Zdjęcia trafiają do Yoti. Yoti sprawdza je na potrzeby serwisu {app}.',
  noScript: 'Do przeprowadzenia weryfikacji tożsamości ta strona potrzebuje JavaScriptu.',
  gone: 'Tego linku nie można użyć',
  link_not_found:
    'Ten link jest nieprawidłowy. Prosimy sprawdzić, czy został skopiowany w całości, lub zwrócić się o nowy do serwisu {app}.',
  link_expired: 'Ten link wygasł. O nowy można zwrócić się do serwisu {app}.',
  link_revoked:
    'Ten link został wycofany. Jeśli nadal jest potrzebny, o nowy można zwrócić się do serwisu {app}.',
};

import type { LinkWords } from './index.js';

/** The link page's words in Turkish (Türkçe). */
export const tr: LinkWords = {
  title: 'Kimliğinizi doğrulayın',
  intro:
    '{app} kim olduğunuzu doğrulamanızı istiyor: önce kimlik belgenizin fotoğrafı, ardından kısa bir selfie videosu.',
  privacy: "Fotoğraflarınız Yoti'ye gider; Yoti bunları {app} adına kontrol eder.",
  noScript: 'Kimlik doğrulamanın çalışması için bu sayfada JavaScript gerekir.',
  gone: 'Bu bağlantı kullanılamıyor',
  link_not_found:
    'Bu bağlantı geçerli değil. Bağlantının tamamını kopyaladığınızdan emin olun veya yeni bir bağlantı için {app} ile iletişime geçin.',
  link_expired: 'Bu bağlantının süresi doldu. Yeni bir bağlantı için {app} ile iletişime geçin.',
  link_revoked:
    'Bu bağlantı geri çekildi. Hâlâ ihtiyacınız varsa yeni bir bağlantı için {app} ile iletişime geçin.',
};

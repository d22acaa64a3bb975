import type { LinkWords } from './index.js';

/** The link page's words in Hebrew (עברית). */
export const he: LinkWords = {
  title: 'אימות הזהות שלך',
  intro: 'נדרש אימות זהות עבור {app}: צילום של תעודה מזהה, ואחריו סרטון סלפי קצר.',
  privacy: 'התמונות נשלחות ל־Yoti, שבודקת אותן עבור {app}.',
  noScript: 'כדי לבצע את אימות הזהות, יש להפעיל JavaScript בדפדפן.',
  gone: 'אי אפשר להשתמש בקישור הזה',
  link_not_found: 'הקישור הזה לא תקין. יש לוודא שהוא הועתק במלואו, או לבקש קישור חדש מ־{app}.',
  link_expired: 'תוקף הקישור הזה פג. אפשר לבקש קישור חדש מ־{app}.',
  link_revoked: 'הקישור הזה בוטל. אם עדיין צריך, אפשר לבקש קישור חדש מ־{app}.',
};

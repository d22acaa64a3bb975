import type { LinkWords } from './index.js';

/** The link page's words in Arabic (العربية). */
export const ar: LinkWords = {
  title: 'التحقق من هويتك',
  intro: 'يطلب منك {app} تأكيد هويتك: صورة لوثيقة هويتك، ثم فيديو سيلفي قصير.',
  privacy: 'تُرسَل صورك إلى Yoti، التي تتحقق منها لصالح {app}.',
  noScript: 'تحتاج هذه الصفحة إلى JavaScript لإجراء التحقق من الهوية.',
  gone: 'لا يمكن استخدام هذا الرابط',
  link_not_found: 'هذا الرابط غير صالح. تأكد من نسخه بالكامل، أو اطلب رابطًا جديدًا من {app}.',
  link_expired: 'انتهت صلاحية هذا الرابط. اطلب رابطًا جديدًا من {app}.',
  link_revoked: 'تم سحب هذا الرابط. اطلب رابطًا جديدًا من {app} إذا كنت لا تزال بحاجة إليه.',
};

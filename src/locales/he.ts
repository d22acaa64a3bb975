import type { ElementsStrings } from './keys.js';

/** The public elements' strings in Hebrew (עברית). */
export const he: ElementsStrings = {
  'common.retry': 'לנסות שוב',
  'common.close': 'סגירה',
  'common.loading': 'בטעינה…',
  'error.network': 'לא הצלחנו להתחבר לשרת. יש לבדוק את החיבור לאינטרנט ולנסות שוב.',
  'error.timeout': 'השרת לא הגיב בזמן. אפשר לנסות שוב.',
  'error.server': 'משהו השתבש אצלנו. אפשר לנסות שוב.',
  'error.badResponse': 'התקבלה מהשרת תשובה שלא הצלחנו לקרוא. אפשר לנסות שוב.',
  'error.request': 'לא ניתן היה להשלים את הבקשה.',
  'error.unknown': 'משהו השתבש ({code}).',
  'error.rate_limited':
    'הותחלו כמה תהליכי אימות בזמן קצר. אפשר לנסות שוב בעוד {seconds, plural, one {שנייה אחת} two {שתי שניות} other {# שניות}}.',
  'share.label': 'שימוש ב־Yoti',
  'share.preparing': 'מכינים קוד מאובטח…',
  'share.wants': 'הפרטים המבוקשים על ידי {app}:',
  'share.scan': 'יש לסרוק את הקוד באפליקציית Yoti',
  'share.scanHint': 'יש לפתוח את אפליקציית Yoti בטלפון ולהקיש על "סריקה".',
  'share.qrAlt': 'קוד QR לשיתוף הפרטים שלך עם {app} באמצעות אפליקציית Yoti',
  'share.refreshing': 'מכינים קוד חדש…',
  'share.cantScan': 'לא מצליחים לסרוק? אפשר לפתוח את הקישור בטלפון',
  'share.tap': 'יש להקיש על "שיתוף הפרטים" כדי לפתוח את אפליקציית Yoti.',
  'share.shareDetails': 'שיתוף הפרטים',
  'share.noApp': 'אין לך את אפליקציית Yoti? נראה לך איפה אפשר להוריד אותה.',
  'share.contact': 'יצירת קשר עם {app}',
  'share.privacy': 'מדיניות הפרטיות',
  'share.howItWorks': 'איך זה עובד',
  'share.how.1': 'סורקים את הקוד באפליקציית Yoti, או מקישים על "שיתוף הפרטים" בטלפון.',
  'share.how.2': 'האפליקציה מציגה את הפרטים המבוקשים על ידי {app}.',
  'share.how.3': 'מקישים על "אישור" כדי לשתף אותם. Yoti לעולם לא משתפת מידע בלי הסכמתך.',
  'share.how.more': 'מידע נוסף על Yoti',
  'share.success': 'הפרטים שותפו',
  'share.successBody': 'תודה, אפשר להמשיך ב־{app}.',
  'share.expired': 'תוקף הבקשה פג',
  'share.expiredBody': 'לביטחונך, בקשות שיתוף בתוקף לכמה דקות בלבד.',
  'share.failed': 'השיתוף לא הושלם',
  'share.failedBody': 'שום מידע לא שותף עם {app}.',
  'share.startAgain': 'להתחיל מחדש',
  'share.errorTitle': 'לא הצלחנו להתחיל את השיתוף',
  'share.secured': 'מאובטח על ידי Yoti',
  'error.yoti_invalid_payload': 'Yoti לא יכלה לקבל את הבקשה של האתר הזה. אפשר לנסות שוב מאוחר יותר.',
  'error.yoti_unknown_attribute': 'האתר ביקש מ־Yoti פרט ש־Yoti לא מכירה. נא לדווח על כך לאתר.',
  'error.yoti_service_disabled': 'שירות Yoti של האתר הזה מושבת. נא לבחור דרך אחרת להמשיך.',
  'error.yoti_no_organisation': 'האתר הזה עדיין לא מוגדר ב־Yoti. נא לבחור דרך אחרת להמשיך.',
  'error.yoti_organisation_not_verified':
    'הארגון של האתר הזה עדיין לא אומת על ידי Yoti. נא לבחור דרך אחרת להמשיך.',
  'error.yoti_third_party_request_not_allowed':
    'האתר הזה לא מורשה לבקש את אחד הפרטים האלה. נא לדווח על כך לאתר.',
  'error.yoti_third_party_issue_not_allowed':
    'האתר הזה לא מורשה להנפיק לך את אחד הפרטים האלה. נא לדווח על כך לאתר.',
  'attr.full_name': 'שם מלא',
  'attr.given_names': 'שם פרטי',
  'attr.family_name': 'שם משפחה',
  'attr.date_of_birth': 'תאריך לידה',
  'attr.age_over': '{age} or over', // TRANSLATE (changed)
  'attr.age_under': 'מתחת לגיל {age}',
  'attr.gender': 'מגדר',
  'attr.nationality': 'אזרחות',
  'attr.phone_number': 'מספר טלפון נייד',
  'attr.email_address': 'כתובת דוא״ל',
  'attr.postal_address': 'כתובת',
  'attr.structured_postal_address': 'כתובת',
  'attr.selfie': 'תמונה',
  'attr.document_details': 'פרטי המסמך',
  'attr.document_images': 'תמונות המסמך',
  'docscan.title': 'אימות זהות',
  'docscan.loading': 'טוענים את אימות הזהות…',
  'docscan.success.title': 'תודה',
  'docscan.success.body': 'המסמכים נשלחו. נעדכן אותך בתוצאה.',
  'docscan.error.title': 'לא הצלחנו להשלים את אימות הזהות',
  'docscan.expired.title': 'תוקף הסשן פג',
  'docscan.restart': 'להתחיל מחדש',
  'docscan.frameTimeout': 'אימות הזהות לא נטען. יש לבדוק את החיבור ולנסות שוב.',
  'docscan.noSession': 'לא הועבר לדף הזה סשן של אימות זהות.',
  'docscan.badApiUrl': 'אימות הזהות לא מוגדר כראוי בדף הזה (api-url).',
  'idv.1000': 'אימות הזהות בוטל.',
  'idv.2000': 'אימות הזהות הזה כבר לא מורשה. יש להתחיל מחדש.',
  'idv.2001': 'לא מצאנו את אימות הזהות הזה. יש להתחיל מחדש.',
  'idv.2002': 'תוקף אימות הזהות הזה פג. יש להתחיל מחדש.',
  'idv.2003': 'חסר אסימון הגישה של אימות הזהות הזה.',
  'idv.2004': 'חסר הסשן של אימות הזהות הזה.',
  'idv.3000': 'שירות אימות הזהות לא זמין כרגע. אפשר לנסות שוב מאוחר יותר.',
  'idv.3001': 'שגיאת רשת קטעה את אימות הזהות. אפשר לנסות שוב.',
  'idv.3002': 'אין חיבור לאינטרנט. יש להתחבר מחדש ולנסות שוב.',
  'idv.4000': 'הגישה למצלמה נחסמה. כדי להמשיך, יש לאפשר גישה למצלמה בהגדרות הדפדפן.',
  'idv.4001': 'המסמך לא תאם, או שהיו יותר מדי ניסיונות.',
  'idv.5000': 'לא נמצאה מצלמה, ובבדיקה הזו אי אפשר להעלות תמונה.',
  'idv.5001': 'הדפדפן הזה לא נתמך. יש להשתמש בגרסה עדכנית של Chrome, Safari, Firefox או Edge.',
  'idv.5002': 'לא נותרו ניסיונות לבדיקת החיוּת.',
  'idv.5004': 'משהו השתבש באימות הזהות. אפשר לנסות שוב.',
  'idv.5006': 'בדיקת החיוּת לא הצליחה. אפשר לנסות שוב.',
  'idv.5007': 'ב־iPhone וב־iPad יש לפתוח את הדף הזה ב־Safari.',
  'idv.5008': 'ההגדרות של אימות הזהות הזה לא נתמכות.',
  'idv.5010': 'המצלמה לא פועלת ואין דרך אחרת להמשיך.',
  'idv.5011': 'רזולוציית המצלמה נמוכה מדי לבדיקה הזו.',
  'idv.7000': 'אין ברשותך את המסמכים הנדרשים לבדיקה הזו.',
  'error.link_used': 'הקישור הזה נפתח במכשיר אחר.',
  'error.link_expired': 'תוקף הקישור הזה פג.',
  'status.heading': 'אימות זהות',
  'status.loading': 'בודקים את סטטוס האימות…',
  'status.outcome.PENDING': 'בודקים את המסמכים שלך',
  'status.outcome.PENDING.body': 'בדרך כלל זה לוקח דקה או שתיים. הדף יתעדכן באופן אוטומטי.',
  'status.outcome.REVIEW': 'המסמכים שלך בבדיקה נוספת',
  'status.outcome.REVIEW.body': 'המסמכים שלך נבדקים על ידי הצוות שלנו. נעדכן אותך בתוצאה.',
  'status.outcome.APPROVED': 'הזהות אומתה',
  'status.outcome.APPROVED.body': 'תודה. הזהות שלך אושרה.',
  'status.outcome.REJECTED': 'לא הצלחנו לאמת את הזהות שלך',
  'status.outcome.REJECTED.body': 'אפשר לנסות שוב, או לפנות אלינו כדי להמשיך בדרך אחרת.',
  'status.outcome.EXPIRED': 'תוקף האימות פג',
  'status.outcome.EXPIRED.body': 'התוקף פג לפני שהתהליך הסתיים. אפשר להתחיל מחדש.',
  'status.checks': 'בדיקות',
  'status.check.pending': 'בהמתנה',
  'status.recommendation.APPROVE': 'עברה',
  'status.recommendation.REJECT': 'לא עברה',
  'status.recommendation.NOT_AVAILABLE': 'לא נבדקה',
  'status.reason': 'סיבה: {reason}',
  'status.unreachable': 'לא הצלחנו לקבל את הסטטוס של האימות הזה.',
  'status.reconnecting': 'מתחברים מחדש…',
  'status.announce': 'סטטוס האימות: {outcome}.',
  'status.noSession': 'לא הועבר לדף הזה סשן אימות.',
  'check.ID_DOCUMENT_AUTHENTICITY': 'מקוריות המסמך',
  'check.ID_DOCUMENT_FACE_MATCH': 'התאמת פנים',
  'check.LIVENESS': 'בדיקת חיוּת',
  'check.ID_DOCUMENT_TEXT_DATA_CHECK': 'חילוץ טקסט',
  'check.ID_DOCUMENT_COMPARISON': 'השוואת מסמכים',
  'check.SUPPLEMENTARY_DOCUMENT_TEXT_DATA_CHECK': 'חילוץ טקסט ממסמך תומך',
  'check.WATCHLIST_SCREENING': 'סינון מול רשימות מעקב',
  'check.WATCHLIST_ADVANCED_CA': 'סינון מתקדם מול רשימות מעקב',
  'check.FACE_COMPARISON': 'השוואת פנים',
  'check.THIRD_PARTY_IDENTITY': 'אימות זהות באמצעות צד שלישי',
  'reason.MANDATORY_DOCUMENT_COULD_NOT_BE_PROVIDED': 'לא ניתן היה לספק מסמך נדרש.',
  'reason.FRAUD_DETECTED': 'זוהו סימנים להונאה אפשרית.',
  'reason.COULD_NOT_VERIFY_ADDRESS': 'לא ניתן היה לאמת את הכתובת.',
  'reason.UNABLE_TO_VALIDATE_DOCUMENT': 'לא ניתן היה לאמת את תקפות המסמך.',
  'reason.EXPIRED_DOCUMENT': 'תוקף המסמך פג.',
  'reason.USER_CANCELLED': 'האימות בוטל.',
  'share.how.2.site': 'The app shows the details this website is asking for.', // TRANSLATE (new)
  'progress.label': 'Your progress', // TRANSLATE (new)
  'progress.waiting': 'Waiting for your phone…', // TRANSLATE (new)
  'progress.document': 'Document captured', // TRANSLATE (new)
  'progress.face': 'Face captured', // TRANSLATE (new)
  'progress.submitted': 'Sent for checking', // TRANSLATE (new)
  'progress.done': 'Done', // TRANSLATE (new)
  'progress.todo': 'Not yet', // TRANSLATE (new)
  'preflight.camera.title': "Your camera can't be used here", // TRANSLATE (new)
  'preflight.insecure-context': "This page isn't secure, so your browser won't let it use your camera.", // TRANSLATE (new)
  'preflight.camera-blocked': "This page isn't allowed to use your camera.", // TRANSLATE (new)
  'preflight.no-camera.title': "We couldn't find a camera", // TRANSLATE (new)
  'preflight.no-camera': "This device doesn't seem to have a camera.", // TRANSLATE (new)
  'preflight.in-app-browser.title': 'Open this page in your browser', // TRANSLATE (new)
  'preflight.in-app-browser':
    "The identity check can't use your camera inside this app. Copy the link, then open it in your browser, such as Safari or Chrome.", // TRANSLATE (new)
  'preflight.ios-not-safari.title': 'Open this page in Safari', // TRANSLATE (new)
  'preflight.ios-not-safari':
    'On iPhone and iPad, the identity check works in Safari. Copy the link, then open it in Safari.', // TRANSLATE (new)
  'preflight.offer.handoff': 'Continue on your phone', // TRANSLATE (new)
  'preflight.offer.handoff.hint': "You'll scan a code with your phone and take the photos there.", // TRANSLATE (new)
  'preflight.offer.open-in-browser': 'Copy link', // TRANSLATE (new)
  'preflight.offer.upload': 'Upload photos instead', // TRANSLATE (new)
  'preflight.offer.continue': 'Try anyway', // TRANSLATE (new)
  'preflight.copied': 'Link copied. Open your browser and paste it into the address bar.', // TRANSLATE (new)
  'preflight.copyFailed': "The link couldn't be copied. Select it and copy it yourself:", // TRANSLATE (new)
  'status.capturing.title': 'Identity check in progress', // TRANSLATE (new)
  'status.capturing': "Your documents haven't been sent yet. Finish the steps to send them.", // TRANSLATE (new)
};

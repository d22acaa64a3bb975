import type { ElementsStrings } from './keys.js';

/** The public elements' strings in Arabic (العربية). */
export const ar: ElementsStrings = {
  'common.retry': 'إعادة المحاولة',
  'common.close': 'إغلاق',
  'common.loading': 'جارٍ التحميل…',
  'error.network': 'تعذّر الاتصال بالخادم. يُرجى التحقق من اتصالك بالإنترنت والمحاولة مرة أخرى.',
  'error.timeout': 'استغرق الخادم وقتًا طويلًا في الرد. يُرجى المحاولة مرة أخرى.',
  'error.server': 'حدث خطأ من جهتنا. يُرجى المحاولة مرة أخرى.',
  'error.badResponse': 'تلقّينا من الخادم ردًّا تعذّرت قراءته. يُرجى المحاولة مرة أخرى.',
  'error.request': 'تعذّر إتمام هذا الطلب.',
  'error.unknown': 'حدث خطأ ما ({code}).',
  'error.rate_limited':
    'تم بدء عدة عمليات تحقق خلال وقت قصير. يمكنك المحاولة مرة أخرى بعد {seconds, plural, zero {# ثانية} one {ثانية واحدة} two {ثانيتين} few {# ثوانٍ} many {# ثانية} other {# ثانية}}.',
  'share.label': 'استخدام Yoti',
  'share.preparing': 'جارٍ إعداد رمز آمن…',
  'share.wants': 'يودّ {app} الاطلاع على:',
  'share.scan': 'امسح هذا الرمز ضوئيًا باستخدام تطبيق Yoti',
  'share.scanHint': 'افتح تطبيق Yoti على هاتفك واضغط على «مسح».',
  'share.qrAlt': 'رمز QR لمشاركة بياناتك مع {app} باستخدام تطبيق Yoti',
  'share.refreshing': 'جارٍ الحصول على رمز جديد…',
  'share.cantScan': 'يتعذّر المسح؟ افتح الرابط على هاتفك',
  'share.tap': 'اضغط على «مشاركة البيانات» لفتح تطبيق Yoti.',
  'share.shareDetails': 'مشاركة البيانات',
  'share.noApp': 'ليس لديك تطبيق Yoti؟ سنرشدك إلى مكان الحصول عليه.',
  'share.contact': 'التواصل مع {app}',
  'share.privacy': 'سياسة الخصوصية',
  'share.howItWorks': 'آلية العمل',
  'share.how.1': 'امسح الرمز باستخدام تطبيق Yoti، أو اضغط على «مشاركة البيانات» على هاتفك.',
  'share.how.2': 'يعرض التطبيق البيانات التي يطلبها {app}.',
  'share.how.3': 'اضغط على «سماح» لمشاركتها. لا تشارك Yoti أي شيء دون موافقتك.',
  'share.how.more': 'مزيد من المعلومات عن Yoti',
  'share.success': 'تمت مشاركة البيانات',
  'share.successBody': 'شكرًا لك، يمكنك الآن المتابعة على {app}.',
  'share.expired': 'انتهت صلاحية هذا الطلب',
  'share.expiredBody': 'حرصًا على أمانك، لا تبقى طلبات المشاركة صالحة إلا لبضع دقائق.',
  'share.failed': 'لم تكتمل المشاركة',
  'share.failedBody': 'لم تتم مشاركة أي بيانات مع {app}.',
  'share.startAgain': 'البدء من جديد',
  'share.errorTitle': 'تعذّر علينا بدء المشاركة',
  'share.secured': 'بحماية Yoti',
  'error.yoti_invalid_payload': 'تعذّر على Yoti قبول طلب هذا الموقع. يُرجى المحاولة مرة أخرى لاحقًا.',
  'error.yoti_unknown_attribute': 'طلب هذا الموقع من Yoti معلومة لا تعرفها Yoti. يُرجى إبلاغ الموقع بذلك.',
  'error.yoti_service_disabled': 'خدمة Yoti متوقفة على هذا الموقع. يُرجى اختيار طريقة أخرى للمتابعة.',
  'error.yoti_no_organisation': 'لم يُربط هذا الموقع بخدمة Yoti بعد. يُرجى اختيار طريقة أخرى للمتابعة.',
  'error.yoti_organisation_not_verified':
    'لم تتحقق Yoti بعد من الجهة المالكة لهذا الموقع. يُرجى اختيار طريقة أخرى للمتابعة.',
  'error.yoti_third_party_request_not_allowed':
    'لا يُسمح لهذا الموقع بطلب إحدى هذه المعلومات. يُرجى إبلاغ الموقع بذلك.',
  'error.yoti_third_party_issue_not_allowed':
    'لا يُسمح لهذا الموقع بأن يُصدر لك إحدى هذه المعلومات. يُرجى إبلاغ الموقع بذلك.',
  'attr.full_name': 'الاسم الكامل',
  'attr.given_names': 'الاسم الأول',
  'attr.family_name': 'اسم العائلة',
  'attr.date_of_birth': 'تاريخ الميلاد',
  'attr.age_over': '{age} or over', // TRANSLATE (changed)
  'attr.age_under': 'أصغر من {age} عامًا',
  'attr.gender': 'الجنس',
  'attr.nationality': 'الجنسية',
  'attr.phone_number': 'رقم الهاتف المحمول',
  'attr.email_address': 'عنوان البريد الإلكتروني',
  'attr.postal_address': 'العنوان',
  'attr.structured_postal_address': 'العنوان',
  'attr.selfie': 'الصورة',
  'attr.document_details': 'بيانات الوثيقة',
  'attr.document_images': 'صور الوثيقة',
  'docscan.title': 'التحقق من الهوية',
  'docscan.loading': 'جارٍ تحميل خطوات التحقق من هويتك…',
  'docscan.success.title': 'شكرًا لك',
  'docscan.success.body': 'تم إرسال وثائقك، وسنبلغك بالنتيجة.',
  'docscan.error.title': 'تعذّر علينا إكمال التحقق من هويتك',
  'docscan.expired.title': 'انتهت صلاحية جلستك',
  'docscan.restart': 'البدء من جديد',
  'docscan.frameTimeout': 'تعذّر تحميل خطوات التحقق من الهوية. يُرجى التحقق من اتصالك والمحاولة مرة أخرى.',
  'docscan.noSession': 'لم تُمرَّر إلى هذه الصفحة أي جلسة للتحقق من الهوية.',
  'docscan.badApiUrl': 'لم يُضبط التحقق من الهوية بشكل صحيح في هذه الصفحة (api-url).',
  'idv.1000': 'تم إلغاء عملية التحقق من الهوية.',
  'idv.2000': 'لم تعد عملية التحقق من الهوية هذه مصرّحًا بها. يُرجى البدء من جديد.',
  'idv.2001': 'تعذّر علينا العثور على عملية التحقق من الهوية هذه. يُرجى البدء من جديد.',
  'idv.2002': 'انتهت صلاحية عملية التحقق من الهوية هذه. يُرجى البدء من جديد.',
  'idv.2003': 'لا يوجد رمز وصول مرتبط بعملية التحقق من الهوية هذه.',
  'idv.2004': 'لا توجد جلسة مرتبطة بعملية التحقق من الهوية هذه.',
  'idv.3000': 'خدمة التحقق من الهوية غير متاحة حاليًا. يُرجى المحاولة مرة أخرى لاحقًا.',
  'idv.3001': 'توقفت عملية التحقق من الهوية بسبب خطأ في الشبكة. يُرجى المحاولة مرة أخرى.',
  'idv.3002': 'أنت غير متصل بالإنترنت. يُرجى إعادة الاتصال والمحاولة مرة أخرى.',
  'idv.4000': 'تم رفض الوصول إلى الكاميرا. للمتابعة، يُرجى السماح باستخدام الكاميرا في إعدادات المتصفح.',
  'idv.4001': 'لم تتطابق الوثيقة، أو تم تجاوز عدد المحاولات المسموح به.',
  'idv.5000': 'لم يتم العثور على كاميرا، ولا يُسمح بتحميل صورة في عملية التحقق هذه.',
  'idv.5001': 'هذا المتصفح غير مدعوم. يُرجى استخدام إصدار حديث من Chrome أو Safari أو Firefox أو Edge.',
  'idv.5002': 'لم تتبقَّ أي محاولات للتحقق من الحيوية.',
  'idv.5004': 'حدث خطأ ما أثناء التحقق من الهوية. يُرجى المحاولة مرة أخرى.',
  'idv.5006': 'لم يكتمل التحقق من الحيوية. يُرجى المحاولة مرة أخرى.',
  'idv.5007': 'على أجهزة iPhone وiPad، يُرجى فتح هذه الصفحة في متصفح Safari.',
  'idv.5008': 'إعدادات عملية التحقق من الهوية هذه غير مدعومة.',
  'idv.5010': 'تعذّر تشغيل الكاميرا، ولا توجد طريقة أخرى للمتابعة.',
  'idv.5011': 'دقة الكاميرا لديك منخفضة جدًا لإجراء هذا التحقق.',
  'idv.7000': 'لا تتوفر لديك الوثائق المطلوبة لهذا التحقق.',
  'error.link_used': 'تم فتح هذا الرابط على جهاز آخر.',
  'error.link_expired': 'انتهت صلاحية هذا الرابط.',
  'status.heading': 'التحقق من الهوية',
  'status.loading': 'جارٍ الاطلاع على حالة التحقق…',
  'status.outcome.PENDING': 'جارٍ التحقق من وثائقك',
  'status.outcome.PENDING.body': 'يستغرق ذلك عادةً دقيقة أو دقيقتين. ستُحدَّث هذه الصفحة تلقائيًا.',
  'status.outcome.REVIEW': 'وثائقك قيد المراجعة',
  'status.outcome.REVIEW.body': 'يراجع أحد المختصين وثائقك، وسنبلغك بالنتيجة.',
  'status.outcome.APPROVED': 'تم التحقق من الهوية',
  'status.outcome.APPROVED.body': 'شكرًا لك. تم تأكيد هويتك.',
  'status.outcome.REJECTED': 'تعذّر علينا التحقق من هويتك',
  'status.outcome.REJECTED.body': 'يمكنك المحاولة مرة أخرى، أو التواصل معنا لمعرفة طريقة أخرى للمتابعة.',
  'status.outcome.EXPIRED': 'انتهت صلاحية عملية التحقق هذه',
  'status.outcome.EXPIRED.body': 'انتهت صلاحيتها قبل اكتمالها. يمكنك البدء من جديد.',
  'status.checks': 'الفحوصات',
  'status.check.pending': 'قيد الانتظار',
  'status.recommendation.APPROVE': 'ناجح',
  'status.recommendation.REJECT': 'غير ناجح',
  'status.recommendation.NOT_AVAILABLE': 'لم يُفحص',
  'status.reason': 'السبب: {reason}',
  'status.unreachable': 'تعذّر علينا الحصول على حالة عملية التحقق هذه.',
  'status.reconnecting': 'جارٍ إعادة الاتصال…',
  'status.announce': 'حالة التحقق: {outcome}.',
  'status.noSession': 'لم تُمرَّر إلى هذه الصفحة أي جلسة تحقق.',
  'check.ID_DOCUMENT_AUTHENTICITY': 'أصالة الوثيقة',
  'check.ID_DOCUMENT_FACE_MATCH': 'مطابقة الوجه',
  'check.LIVENESS': 'التحقق من الحيوية',
  'check.ID_DOCUMENT_TEXT_DATA_CHECK': 'استخراج النصوص',
  'check.ID_DOCUMENT_COMPARISON': 'مقارنة الوثائق',
  'check.SUPPLEMENTARY_DOCUMENT_TEXT_DATA_CHECK': 'استخراج نصوص الوثيقة الداعمة',
  'check.WATCHLIST_SCREENING': 'الفحص مقابل قوائم المراقبة',
  'check.WATCHLIST_ADVANCED_CA': 'الفحص المتقدم مقابل قوائم المراقبة',
  'check.FACE_COMPARISON': 'مقارنة الوجه',
  'check.THIRD_PARTY_IDENTITY': 'التحقق من الهوية عبر جهة خارجية',
  'reason.MANDATORY_DOCUMENT_COULD_NOT_BE_PROVIDED': 'تعذّر تقديم وثيقة مطلوبة.',
  'reason.FRAUD_DETECTED': 'رُصدت مؤشرات على احتيال محتمل.',
  'reason.COULD_NOT_VERIFY_ADDRESS': 'تعذّر التحقق من العنوان.',
  'reason.UNABLE_TO_VALIDATE_DOCUMENT': 'تعذّر التحقق من صلاحية الوثيقة.',
  'reason.EXPIRED_DOCUMENT': 'انتهت صلاحية الوثيقة.',
  'reason.USER_CANCELLED': 'تم إلغاء عملية التحقق.',
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

import type { ElementsStrings } from './keys.js';

/** The public elements' strings in Turkish (Türkçe). */
export const tr: ElementsStrings = {
  'common.retry': 'Tekrar dene',
  'common.close': 'Kapat',
  'common.loading': 'Yükleniyor…',
  'error.network': 'Sunucuya ulaşılamadı. Bağlantınızı kontrol edip tekrar deneyin.',
  'error.timeout': 'Sunucu çok geç yanıt verdi. Lütfen tekrar deneyin.',
  'error.server': 'Bizim tarafımızda bir sorun oluştu. Lütfen tekrar deneyin.',
  'error.badResponse': 'Sunucudan okunamayan bir yanıt geldi. Lütfen tekrar deneyin.',
  'error.request': 'Bu istek tamamlanamadı.',
  'error.unknown': 'Bir sorun oluştu ({code}).',
  'error.rate_limited':
    'Kısa süre içinde birkaç doğrulama başlattınız. {seconds, plural, one {# saniye} other {# saniye}} sonra tekrar deneyebilirsiniz.',
  'share.label': "Yoti'yi kullan",
  'share.preparing': 'Güvenli kod hazırlanıyor…',
  'share.wants': '{app} şu bilgileri görmek istiyor:',
  'share.scan': 'Bu kodu Yoti uygulamasıyla tarayın',
  'share.scanHint': 'Telefonunuzda Yoti uygulamasını açın ve “Tara”ya dokunun.',
  'share.qrAlt': 'Bilgilerinizi Yoti uygulamasıyla {app} ile paylaşmak için QR kod',
  'share.refreshing': 'Yeni kod alınıyor…',
  'share.cantScan': 'Tarayamıyor musunuz? Bağlantıyı telefonunuzda açın',
  'share.tap': 'Yoti uygulamasını açmak için “Bilgileri paylaş”a dokunun.',
  'share.shareDetails': 'Bilgileri paylaş',
  'share.noApp': 'Yoti uygulamanız yok mu? Nereden indirebileceğiniz size gösterilecek.',
  'share.contact': '{app} ile iletişim',
  'share.privacy': 'Gizlilik politikası',
  'share.howItWorks': 'Nasıl çalışır?',
  'share.how.1': 'Kodu Yoti uygulamasıyla tarayın veya telefonunuzda “Bilgileri paylaş”a dokunun.',
  'share.how.2': 'Uygulama, {app} tarafından istenen bilgileri gösterir.',
  'share.how.3': 'Paylaşmak için “İzin ver”e dokunun. Yoti, onayınız olmadan hiçbir şey paylaşmaz.',
  'share.how.more': 'Yoti hakkında daha fazla bilgi',
  'share.success': 'Bilgiler paylaşıldı',
  'share.successBody': 'Teşekkürler. {app} üzerinden devam edebilirsiniz.',
  'share.expired': 'Bu isteğin süresi doldu',
  'share.expiredBody': 'Güvenliğiniz için paylaşım istekleri yalnızca birkaç dakika geçerlidir.',
  'share.failed': 'Paylaşım tamamlanmadı',
  'share.failedBody': '{app} ile hiçbir bilgi paylaşılmadı.',
  'share.startAgain': 'Yeniden başla',
  'share.errorTitle': 'Paylaşımı başlatamadık',
  'share.secured': 'Yoti güvencesiyle',
  'error.yoti_invalid_payload': 'Yoti bu sitenin isteğini kabul edemedi. Lütfen daha sonra tekrar deneyin.',
  'error.yoti_unknown_attribute':
    "Bu site, Yoti'den Yoti'nin tanımadığı bir bilgi istedi. Lütfen durumu siteye bildirin.",
  'error.yoti_service_disabled':
    'Bu sitenin Yoti hizmeti kapalı. Lütfen devam etmek için başka bir yol seçin.',
  'error.yoti_no_organisation':
    'Bu sitenin Yoti kurulumu henüz yapılmamış. Lütfen devam etmek için başka bir yol seçin.',
  'error.yoti_organisation_not_verified':
    'Bu sitenin kuruluşu henüz Yoti tarafından doğrulanmadı. Lütfen devam etmek için başka bir yol seçin.',
  'error.yoti_third_party_request_not_allowed':
    'Bu sitenin bu bilgilerden birini istemesine izin verilmiyor. Lütfen durumu siteye bildirin.',
  'error.yoti_third_party_issue_not_allowed':
    'Bu sitenin size bu bilgilerden birini vermesine izin verilmiyor. Lütfen durumu siteye bildirin.',
  'attr.full_name': 'Ad soyad',
  'attr.given_names': 'Ad',
  'attr.family_name': 'Soyad',
  'attr.date_of_birth': 'Doğum tarihi',
  'attr.age_over': '{age} or over', // TRANSLATE (changed)
  'attr.age_under': '{age} yaş altı',
  'attr.gender': 'Cinsiyet',
  'attr.nationality': 'Uyruk',
  'attr.phone_number': 'Cep telefonu numarası',
  'attr.email_address': 'E-posta adresi',
  'attr.postal_address': 'Adres',
  'attr.structured_postal_address': 'Adres',
  'attr.selfie': 'Fotoğraf',
  'attr.document_details': 'Belge bilgileri',
  'attr.document_images': 'Belge görüntüleri',
  'docscan.title': 'Kimlik doğrulama',
  'docscan.loading': 'Kimlik doğrulamanız yükleniyor…',
  'docscan.success.title': 'Teşekkürler',
  'docscan.success.body': 'Belgeleriniz gönderildi. Sonucu size bildireceğiz.',
  'docscan.error.title': 'Kimlik doğrulamanızı tamamlayamadık',
  'docscan.expired.title': 'Oturumunuzun süresi doldu',
  'docscan.restart': 'Yeniden başla',
  'docscan.frameTimeout': 'Kimlik doğrulama yüklenemedi. Bağlantınızı kontrol edip tekrar deneyin.',
  'docscan.noSession': 'Bu sayfaya bir kimlik doğrulama oturumu verilmedi.',
  'docscan.badApiUrl': 'Kimlik doğrulama bu sayfada doğru yapılandırılmamış (api-url).',
  'idv.1000': 'Kimlik doğrulamayı iptal ettiniz.',
  'idv.2000': 'Bu kimlik doğrulamanın yetkisi artık geçerli değil. Lütfen yeniden başlayın.',
  'idv.2001': 'Bu kimlik doğrulamayı bulamadık. Lütfen yeniden başlayın.',
  'idv.2002': 'Bu kimlik doğrulamanın süresi doldu. Lütfen yeniden başlayın.',
  'idv.2003': 'Bu kimlik doğrulamanın erişim belirteci eksik.',
  'idv.2004': 'Bu kimlik doğrulamanın oturumu eksik.',
  'idv.3000': 'Kimlik doğrulama hizmeti şu anda kullanılamıyor. Lütfen daha sonra tekrar deneyin.',
  'idv.3001': 'Bir ağ hatası nedeniyle kimlik doğrulama yarıda kesildi. Lütfen tekrar deneyin.',
  'idv.3002': 'İnternet bağlantınız yok. Yeniden bağlanıp tekrar deneyin.',
  'idv.4000': 'Kamera erişimi reddedildi. Devam etmek için tarayıcı ayarlarınızdan kameraya izin verin.',
  'idv.4001': 'Belge eşleşmedi veya çok fazla deneme yapıldı.',
  'idv.5000': 'Kamera bulunamadı ve bu doğrulamada fotoğraf yüklemeye izin verilmiyor.',
  'idv.5001':
    "Bu tarayıcı desteklenmiyor. Lütfen Chrome, Safari, Firefox veya Edge'in güncel bir sürümünü kullanın.",
  'idv.5002': 'Canlılık kontrolü için deneme hakkınız kalmadı.',
  'idv.5004': 'Kimlik doğrulama sırasında bir sorun oluştu. Lütfen tekrar deneyin.',
  'idv.5006': 'Canlılık kontrolü tamamlanamadı. Lütfen tekrar deneyin.',
  'idv.5007': "iPhone ve iPad'de lütfen bu sayfayı Safari'de açın.",
  'idv.5008': 'Bu kimlik doğrulamanın yapılandırması desteklenmiyor.',
  'idv.5010': 'Kamera çalışmadı ve devam etmenin başka bir yolu yok.',
  'idv.5011': 'Kameranızın çözünürlüğü bu doğrulama için çok düşük.',
  'idv.7000': 'Bu doğrulama için gereken belgeler sizde bulunmuyor.',
  'error.link_used': 'Bu bağlantı başka bir cihazda açıldı.',
  'error.link_expired': 'Bu bağlantının süresi doldu.',
  'status.heading': 'Kimlik doğrulama',
  'status.loading': 'Doğrulamanızın durumu kontrol ediliyor…',
  'status.outcome.PENDING': 'Belgeleriniz kontrol ediliyor',
  'status.outcome.PENDING.body': 'Bu genellikle bir iki dakika sürer. Bu sayfa kendiliğinden güncellenir.',
  'status.outcome.REVIEW': 'Belgeleriniz inceleniyor',
  'status.outcome.REVIEW.body': 'Belgelerinizi bir yetkilimiz inceliyor. Sonucu size bildireceğiz.',
  'status.outcome.APPROVED': 'Kimliğiniz doğrulandı',
  'status.outcome.APPROVED.body': 'Teşekkürler. Kimliğiniz onaylandı.',
  'status.outcome.REJECTED': 'Kimliğinizi doğrulayamadık',
  'status.outcome.REJECTED.body':
    'Tekrar deneyebilir veya başka bir yolla devam etmek için bizimle iletişime geçebilirsiniz.',
  'status.outcome.EXPIRED': 'Bu doğrulamanın süresi doldu',
  'status.outcome.EXPIRED.body': 'Doğrulama tamamlanmadan süresi doldu. Yeniden başlayabilirsiniz.',
  'status.checks': 'Kontroller',
  'status.check.pending': 'Bekliyor',
  'status.recommendation.APPROVE': 'Başarılı',
  'status.recommendation.REJECT': 'Doğrulanamadı',
  'status.recommendation.NOT_AVAILABLE': 'Kontrol edilmedi',
  'status.reason': 'Neden: {reason}',
  'status.unreachable': 'Bu doğrulamanın durumunu alamadık.',
  'status.reconnecting': 'Yeniden bağlanılıyor…',
  'status.announce': 'Doğrulama durumu: {outcome}.',
  'status.noSession': 'Bu sayfaya bir doğrulama oturumu verilmedi.',
  'check.ID_DOCUMENT_AUTHENTICITY': 'Belge orijinalliği',
  'check.ID_DOCUMENT_FACE_MATCH': 'Yüz eşleştirme',
  'check.LIVENESS': 'Canlılık kontrolü',
  'check.ID_DOCUMENT_TEXT_DATA_CHECK': 'Metin okuma',
  'check.ID_DOCUMENT_COMPARISON': 'Belge karşılaştırma',
  'check.SUPPLEMENTARY_DOCUMENT_TEXT_DATA_CHECK': 'Destekleyici belgeden metin okuma',
  'check.WATCHLIST_SCREENING': 'İzleme listesi taraması',
  'check.WATCHLIST_ADVANCED_CA': 'Gelişmiş izleme listesi taraması',
  'check.FACE_COMPARISON': 'Yüz karşılaştırma',
  'check.THIRD_PARTY_IDENTITY': 'Üçüncü taraf kimlik kontrolü',
  'reason.MANDATORY_DOCUMENT_COULD_NOT_BE_PROVIDED': 'Gerekli bir belge sağlanamadı.',
  'reason.FRAUD_DETECTED': 'Olası bir dolandırıcılık tespit edildi.',
  'reason.COULD_NOT_VERIFY_ADDRESS': 'Adres doğrulanamadı.',
  'reason.UNABLE_TO_VALIDATE_DOCUMENT': 'Belgenin geçerliliği doğrulanamadı.',
  'reason.EXPIRED_DOCUMENT': 'Belgenin süresi dolmuş.',
  'reason.USER_CANCELLED': 'Doğrulama iptal edildi.',
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

import type { ElementsStrings } from './keys.js';

/** The public elements' strings in Ukrainian (українська). */
export const uk: ElementsStrings = {
  'common.retry': 'Повторити',
  'common.close': 'Закрити',
  'common.loading': 'Завантаження…',
  'error.network': 'Не вдалося зв’язатися із сервером. Перевірте з’єднання та спробуйте ще раз.',
  'error.timeout': 'Сервер надто довго не відповідав. Спробуйте ще раз.',
  'error.server': 'З нашого боку сталася помилка. Спробуйте ще раз.',
  'error.badResponse': 'Сервер надіслав відповідь, яку не вдалося прочитати. Спробуйте ще раз.',
  'error.request': 'Не вдалося виконати цей запит.',
  'error.unknown': 'Щось пішло не так ({code}).',
  'error.rate_limited':
    'Ви розпочали кілька перевірок за короткий час. Спробувати ще раз можна через {seconds, plural, one {# секунду} few {# секунди} many {# секунд} other {# секунди}}.',
  'share.label': 'Використати Yoti',
  'share.preparing': 'Готуємо захищений код…',
  'share.wants': '{app} запитує:',
  'share.scan': 'Відскануйте цей код у застосунку Yoti',
  'share.scanHint': 'Відкрийте застосунок Yoti на телефоні й натисніть «Сканувати».',
  'share.qrAlt': 'QR-код, щоб поділитися даними з {app} через застосунок Yoti',
  'share.refreshing': 'Отримуємо новий код…',
  'share.cantScan': 'Не вдається відсканувати? Відкрийте посилання на телефоні',
  'share.tap': 'Натисніть «Поділитися даними», щоб відкрити застосунок Yoti.',
  'share.shareDetails': 'Поділитися даними',
  'share.noApp': 'Немає застосунку Yoti? Ми підкажемо, де його завантажити.',
  'share.contact': 'Зв’язатися з {app}',
  'share.privacy': 'Політика конфіденційності',
  'share.howItWorks': 'Як це працює',
  'share.how.1': 'Відскануйте код у застосунку Yoti або натисніть «Поділитися даними» на телефоні.',
  'share.how.2': 'Застосунок покаже, які дані запитує {app}.',
  'share.how.3': 'Натисніть «Дозволити», щоб передати їх. Yoti нічого не передає без вашої згоди.',
  'share.how.more': 'Докладніше про Yoti',
  'share.success': 'Дані передано',
  'share.successBody': 'Дякуємо! Тепер можна продовжити в {app}.',
  'share.expired': 'Термін дії запиту минув',
  'share.expiredBody': 'З міркувань безпеки запит на передачу даних діє лише кілька хвилин.',
  'share.failed': 'Передачу даних не завершено',
  'share.failedBody': 'Жодних даних до {app} не передано.',
  'share.startAgain': 'Почати знову',
  'share.errorTitle': 'Не вдалося почати передачу даних',
  'share.secured': 'Захищено Yoti',
  'error.yoti_invalid_payload': 'Yoti не вдалося прийняти запит цього сайту. Спробуйте пізніше.',
  'error.yoti_unknown_attribute':
    'Цей сайт запитав у Yoti невідомий тип даних. Будь ласка, повідомте про це сайт.',
  'error.yoti_service_disabled': 'Сервіс Yoti на цьому сайті вимкнено. Виберіть інший спосіб продовжити.',
  'error.yoti_no_organisation': 'Цей сайт ще не підключено до Yoti. Виберіть інший спосіб продовжити.',
  'error.yoti_organisation_not_verified':
    'Організацію, якій належить цей сайт, ще не перевірено Yoti. Виберіть інший спосіб продовжити.',
  'error.yoti_third_party_request_not_allowed':
    'Цьому сайту не дозволено запитувати частину цих даних. Будь ласка, повідомте про це сайт.',
  'error.yoti_third_party_issue_not_allowed':
    'Цьому сайту не дозволено надавати вам частину цих даних. Будь ласка, повідомте про це сайт.',
  'attr.full_name': 'Повне ім’я',
  'attr.given_names': 'Ім’я',
  'attr.family_name': 'Прізвище',
  'attr.date_of_birth': 'Дата народження',
  'attr.age_over': '{age} or over', // TRANSLATE (changed)
  'attr.age_under': 'Вік до {age, plural, one {# року} few {# років} many {# років} other {# року}}',
  'attr.gender': 'Стать',
  'attr.nationality': 'Громадянство',
  'attr.phone_number': 'Номер мобільного телефону',
  'attr.email_address': 'Адреса електронної пошти',
  'attr.postal_address': 'Адреса',
  'attr.structured_postal_address': 'Адреса',
  'attr.selfie': 'Фото',
  'attr.document_details': 'Дані документа',
  'attr.document_images': 'Зображення документа',
  'docscan.title': 'Підтвердження особи',
  'docscan.loading': 'Завантажуємо перевірку особи…',
  'docscan.success.title': 'Дякуємо',
  'docscan.success.body': 'Ваші документи надіслано. Ми повідомимо вам результат.',
  'docscan.error.title': 'Не вдалося завершити перевірку особи',
  'docscan.expired.title': 'Термін дії сеансу минув',
  'docscan.restart': 'Почати знову',
  'docscan.frameTimeout': 'Перевірка особи не завантажилася. Перевірте з’єднання та спробуйте ще раз.',
  'docscan.noSession': 'Цій сторінці не передано сеанс перевірки особи.',
  'docscan.badApiUrl': 'Перевірку особи на цій сторінці налаштовано неправильно (api-url).',
  'idv.1000': 'Ви скасували перевірку особи.',
  'idv.2000': 'Доступ до цієї перевірки особи більше не дозволено. Почніть знову.',
  'idv.2001': 'Не вдалося знайти цю перевірку особи. Почніть знову.',
  'idv.2002': 'Термін дії цієї перевірки особи минув. Почніть знову.',
  'idv.2003': 'Для цієї перевірки особи бракує токена доступу.',
  'idv.2004': 'Для цієї перевірки особи бракує сеансу.',
  'idv.3000': 'Сервіс перевірки особи зараз недоступний. Спробуйте пізніше.',
  'idv.3001': 'Перевірку особи перервано через помилку мережі. Спробуйте ще раз.',
  'idv.3002': 'Немає підключення до інтернету. Підключіться та спробуйте ще раз.',
  'idv.4000':
    'Доступ до камери заборонено. Щоб продовжити, дозвольте доступ до камери в налаштуваннях браузера.',
  'idv.4001': 'Документ не збігся, або було зроблено забагато спроб.',
  'idv.5000': 'Камеру не знайдено, а завантаження фото для цієї перевірки не дозволено.',
  'idv.5001': 'Цей браузер не підтримується. Використовуйте останню версію Chrome, Safari, Firefox або Edge.',
  'idv.5002': 'Спроби перевірки живої присутності вичерпано.',
  'idv.5004': 'Під час перевірки особи щось пішло не так. Спробуйте ще раз.',
  'idv.5006': 'Не вдалося виконати перевірку живої присутності. Спробуйте ще раз.',
  'idv.5007': 'На iPhone та iPad відкрийте цю сторінку в Safari.',
  'idv.5008': 'Налаштування цієї перевірки особи не підтримуються.',
  'idv.5010': 'Камера не працює, а іншого способу продовжити немає.',
  'idv.5011': 'Роздільна здатність вашої камери занизька для цієї перевірки.',
  'idv.7000': 'У вас немає документів, потрібних для цієї перевірки.',
  'error.link_used': 'Це посилання вже відкрито на іншому пристрої.',
  'error.link_expired': 'Термін дії цього посилання минув.',
  'status.heading': 'Підтвердження особи',
  'status.loading': 'Перевіряємо статус підтвердження…',
  'status.outcome.PENDING': 'Перевіряємо ваші документи',
  'status.outcome.PENDING.body': 'Зазвичай це займає хвилину-дві. Сторінка оновиться сама.',
  'status.outcome.REVIEW': 'Ваші документи на розгляді',
  'status.outcome.REVIEW.body': 'Ваші документи переглядає працівник. Ми повідомимо вам результат.',
  'status.outcome.APPROVED': 'Особу підтверджено',
  'status.outcome.APPROVED.body': 'Дякуємо. Вашу особу підтверджено.',
  'status.outcome.REJECTED': 'Не вдалося підтвердити вашу особу',
  'status.outcome.REJECTED.body':
    'Ви можете спробувати ще раз або зв’язатися з нами, щоб продовжити іншим способом.',
  'status.outcome.EXPIRED': 'Термін підтвердження минув',
  'status.outcome.EXPIRED.body': 'Термін минув до завершення перевірки. Ви можете почати знову.',
  'status.checks': 'Перевірки',
  'status.check.pending': 'Очікує',
  'status.recommendation.APPROVE': 'Успішно',
  'status.recommendation.REJECT': 'Не підтверджено',
  'status.recommendation.NOT_AVAILABLE': 'Не перевірялося',
  'status.reason': 'Причина: {reason}',
  'status.unreachable': 'Не вдалося отримати статус цього підтвердження.',
  'status.reconnecting': 'Повторне підключення…',
  'status.announce': 'Статус підтвердження: {outcome}.',
  'status.noSession': 'Цій сторінці не передано сеанс підтвердження.',
  'check.ID_DOCUMENT_AUTHENTICITY': 'Справжність документа',
  'check.ID_DOCUMENT_FACE_MATCH': 'Звірка обличчя з документом',
  'check.LIVENESS': 'Перевірка живої присутності',
  'check.ID_DOCUMENT_TEXT_DATA_CHECK': 'Розпізнавання тексту',
  'check.ID_DOCUMENT_COMPARISON': 'Порівняння документів',
  'check.SUPPLEMENTARY_DOCUMENT_TEXT_DATA_CHECK': 'Розпізнавання тексту додаткового документа',
  'check.WATCHLIST_SCREENING': 'Перевірка за списками спостереження',
  'check.WATCHLIST_ADVANCED_CA': 'Розширена перевірка за списками спостереження',
  'check.FACE_COMPARISON': 'Порівняння облич',
  'check.THIRD_PARTY_IDENTITY': 'Перевірка особи через третю сторону',
  'reason.MANDATORY_DOCUMENT_COULD_NOT_BE_PROVIDED': 'Не вдалося надати обов’язковий документ.',
  'reason.FRAUD_DETECTED': 'Виявлено ознаки можливого шахрайства.',
  'reason.COULD_NOT_VERIFY_ADDRESS': 'Не вдалося підтвердити адресу.',
  'reason.UNABLE_TO_VALIDATE_DOCUMENT': 'Не вдалося перевірити документ.',
  'reason.EXPIRED_DOCUMENT': 'Термін дії документа минув.',
  'reason.USER_CANCELLED': 'Перевірку скасовано.',
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

import type { ElementsStrings } from './keys.js';

/** The public elements' strings in Russian (русский). */
export const ru: ElementsStrings = {
  'common.retry': 'Повторить',
  'common.close': 'Закрыть',
  'common.loading': 'Загрузка…',
  'error.network': 'Не удалось связаться с сервером. Проверьте подключение и попробуйте снова.',
  'error.timeout': 'Сервер слишком долго не отвечал. Попробуйте снова.',
  'error.server': 'На нашей стороне произошла ошибка. Попробуйте снова.',
  'error.badResponse': 'Сервер прислал ответ, который не удалось прочитать. Попробуйте снова.',
  'error.request': 'Не удалось выполнить этот запрос.',
  'error.unknown': 'Что-то пошло не так ({code}).',
  'error.rate_limited':
    'Вы начали несколько проверок за короткое время. Попробовать снова можно через {seconds, plural, one {# секунду} few {# секунды} many {# секунд} other {# секунды}}.',
  'share.label': 'Использовать Yoti',
  'share.preparing': 'Готовим защищённый код…',
  'share.wants': '{app} запрашивает:',
  'share.scan': 'Отсканируйте этот код в приложении Yoti',
  'share.scanHint': 'Откройте приложение Yoti на телефоне и нажмите «Сканировать».',
  'share.qrAlt': 'QR-код, чтобы поделиться данными с {app} через приложение Yoti',
  'share.refreshing': 'Получаем новый код…',
  'share.cantScan': 'Не получается отсканировать? Откройте ссылку на телефоне',
  'share.tap': 'Нажмите «Поделиться данными», чтобы открыть приложение Yoti.',
  'share.shareDetails': 'Поделиться данными',
  'share.noApp': 'Нет приложения Yoti? Мы подскажем, где его скачать.',
  'share.contact': 'Связаться с {app}',
  'share.privacy': 'Политика конфиденциальности',
  'share.howItWorks': 'Как это работает',
  'share.how.1': 'Отсканируйте код в приложении Yoti или нажмите «Поделиться данными» на телефоне.',
  'share.how.2': 'Приложение покажет, какие данные запрашивает {app}.',
  'share.how.3': 'Нажмите «Разрешить», чтобы передать их. Yoti ничего не передаёт без вашего согласия.',
  'share.how.more': 'Подробнее о Yoti',
  'share.success': 'Данные переданы',
  'share.successBody': 'Спасибо! Теперь можно продолжить в {app}.',
  'share.expired': 'Срок действия запроса истёк',
  'share.expiredBody': 'В целях безопасности запрос на передачу данных действует всего несколько минут.',
  'share.failed': 'Передача данных не завершена',
  'share.failedBody': 'Данные в {app} не передавались.',
  'share.startAgain': 'Начать заново',
  'share.errorTitle': 'Не удалось начать передачу данных',
  'share.secured': 'Защищено Yoti',
  'error.yoti_invalid_payload': 'Yoti не удалось принять запрос этого сайта. Попробуйте позже.',
  'error.yoti_unknown_attribute':
    'Этот сайт запросил у Yoti неизвестный тип данных. Пожалуйста, сообщите об этом сайту.',
  'error.yoti_service_disabled': 'Сервис Yoti на этом сайте отключён. Выберите другой способ продолжить.',
  'error.yoti_no_organisation': 'Этот сайт ещё не подключён к Yoti. Выберите другой способ продолжить.',
  'error.yoti_organisation_not_verified':
    'Организация, которой принадлежит этот сайт, ещё не проверена Yoti. Выберите другой способ продолжить.',
  'error.yoti_third_party_request_not_allowed':
    'Этому сайту не разрешено запрашивать часть этих данных. Пожалуйста, сообщите об этом сайту.',
  'error.yoti_third_party_issue_not_allowed':
    'Этому сайту не разрешено выдавать вам часть этих данных. Пожалуйста, сообщите об этом сайту.',
  'attr.full_name': 'Полное имя',
  'attr.given_names': 'Имя',
  'attr.family_name': 'Фамилия',
  'attr.date_of_birth': 'Дата рождения',
  'attr.age_over': '{age} or over', // TRANSLATE (changed)
  'attr.age_under': 'Младше {age, plural, one {# года} few {# лет} many {# лет} other {# года}}',
  'attr.gender': 'Пол',
  'attr.nationality': 'Гражданство',
  'attr.phone_number': 'Номер мобильного телефона',
  'attr.email_address': 'Адрес электронной почты',
  'attr.postal_address': 'Адрес',
  'attr.structured_postal_address': 'Адрес',
  'attr.selfie': 'Фото',
  'attr.document_details': 'Данные документа',
  'attr.document_images': 'Изображения документа',
  'docscan.title': 'Подтверждение личности',
  'docscan.loading': 'Загружаем проверку личности…',
  'docscan.success.title': 'Спасибо',
  'docscan.success.body': 'Ваши документы отправлены. Мы сообщим вам результат.',
  'docscan.error.title': 'Не удалось завершить проверку личности',
  'docscan.expired.title': 'Срок действия сеанса истёк',
  'docscan.restart': 'Начать заново',
  'docscan.frameTimeout': 'Проверка личности не загрузилась. Проверьте подключение и попробуйте снова.',
  'docscan.noSession': 'Этой странице не передан сеанс проверки личности.',
  'docscan.badApiUrl': 'Проверка личности на этой странице настроена неправильно (api-url).',
  'idv.1000': 'Вы отменили проверку личности.',
  'idv.2000': 'Доступ к этой проверке личности больше не разрешён. Начните заново.',
  'idv.2001': 'Не удалось найти эту проверку личности. Начните заново.',
  'idv.2002': 'Срок действия этой проверки личности истёк. Начните заново.',
  'idv.2003': 'Для этой проверки личности отсутствует токен доступа.',
  'idv.2004': 'Для этой проверки личности отсутствует сеанс.',
  'idv.3000': 'Сервис проверки личности сейчас недоступен. Попробуйте позже.',
  'idv.3001': 'Проверка личности прервана из-за ошибки сети. Попробуйте снова.',
  'idv.3002': 'Нет подключения к интернету. Подключитесь и попробуйте снова.',
  'idv.4000': 'Доступ к камере запрещён. Чтобы продолжить, разрешите доступ к камере в настройках браузера.',
  'idv.4001': 'Документ не совпал, или было сделано слишком много попыток.',
  'idv.5000': 'Камера не найдена, а загрузка фото для этой проверки не разрешена.',
  'idv.5001':
    'Этот браузер не поддерживается. Используйте последнюю версию Chrome, Safari, Firefox или Edge.',
  'idv.5002': 'Попытки проверки живого присутствия закончились.',
  'idv.5004': 'При проверке личности что-то пошло не так. Попробуйте снова.',
  'idv.5006': 'Не удалось выполнить проверку живого присутствия. Попробуйте снова.',
  'idv.5007': 'На iPhone и iPad откройте эту страницу в Safari.',
  'idv.5008': 'Настройки этой проверки личности не поддерживаются.',
  'idv.5010': 'Камера не работает, а другого способа продолжить нет.',
  'idv.5011': 'Разрешение вашей камеры слишком низкое для этой проверки.',
  'idv.7000': 'У вас нет документов, необходимых для этой проверки.',
  'error.link_used': 'Эта ссылка уже открыта на другом устройстве.',
  'error.link_expired': 'Срок действия этой ссылки истёк.',
  'status.heading': 'Подтверждение личности',
  'status.loading': 'Проверяем статус подтверждения…',
  'status.outcome.PENDING': 'Проверяем ваши документы',
  'status.outcome.PENDING.body': 'Обычно это занимает минуту-две. Страница обновится сама.',
  'status.outcome.REVIEW': 'Ваши документы на рассмотрении',
  'status.outcome.REVIEW.body': 'Ваши документы проверяет сотрудник. Мы сообщим вам результат.',
  'status.outcome.APPROVED': 'Личность подтверждена',
  'status.outcome.APPROVED.body': 'Спасибо. Ваша личность подтверждена.',
  'status.outcome.REJECTED': 'Не удалось подтвердить вашу личность',
  'status.outcome.REJECTED.body':
    'Вы можете попробовать снова или связаться с нами, чтобы продолжить другим способом.',
  'status.outcome.EXPIRED': 'Срок подтверждения истёк',
  'status.outcome.EXPIRED.body': 'Срок истёк до завершения проверки. Вы можете начать заново.',
  'status.checks': 'Проверки',
  'status.check.pending': 'В ожидании',
  'status.recommendation.APPROVE': 'Успешно',
  'status.recommendation.REJECT': 'Не подтверждено',
  'status.recommendation.NOT_AVAILABLE': 'Не проверялось',
  'status.reason': 'Причина: {reason}',
  'status.unreachable': 'Не удалось получить статус этого подтверждения.',
  'status.reconnecting': 'Переподключение…',
  'status.announce': 'Статус подтверждения: {outcome}.',
  'status.noSession': 'Этой странице не передан сеанс подтверждения.',
  'check.ID_DOCUMENT_AUTHENTICITY': 'Подлинность документа',
  'check.ID_DOCUMENT_FACE_MATCH': 'Сверка лица с документом',
  'check.LIVENESS': 'Проверка живого присутствия',
  'check.ID_DOCUMENT_TEXT_DATA_CHECK': 'Распознавание текста',
  'check.ID_DOCUMENT_COMPARISON': 'Сравнение документов',
  'check.SUPPLEMENTARY_DOCUMENT_TEXT_DATA_CHECK': 'Распознавание текста дополнительного документа',
  'check.WATCHLIST_SCREENING': 'Проверка по спискам наблюдения',
  'check.WATCHLIST_ADVANCED_CA': 'Расширенная проверка по спискам наблюдения',
  'check.FACE_COMPARISON': 'Сравнение лиц',
  'check.THIRD_PARTY_IDENTITY': 'Проверка личности через третью сторону',
  'reason.MANDATORY_DOCUMENT_COULD_NOT_BE_PROVIDED': 'Не удалось предоставить обязательный документ.',
  'reason.FRAUD_DETECTED': 'Обнаружены признаки возможного мошенничества.',
  'reason.COULD_NOT_VERIFY_ADDRESS': 'Не удалось подтвердить адрес.',
  'reason.UNABLE_TO_VALIDATE_DOCUMENT': 'Не удалось проверить документ.',
  'reason.EXPIRED_DOCUMENT': 'Срок действия документа истёк.',
  'reason.USER_CANCELLED': 'Проверка была отменена.',
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

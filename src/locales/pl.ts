import type { ElementsStrings } from './keys.js';

/** The public elements' strings in Polish (polski). */
export const pl: ElementsStrings = {
  'common.retry': 'Spróbuj ponownie',
  'common.close': 'Zamknij',
  'common.loading': 'Wczytywanie…',
  'error.network': 'Nie udało się połączyć z serwerem. Prosimy sprawdzić połączenie i spróbować ponownie.',
  'error.timeout': 'Serwer zbyt długo nie odpowiadał. Prosimy spróbować ponownie.',
  'error.server': 'Wystąpił błąd po naszej stronie. Prosimy spróbować ponownie.',
  'error.badResponse': 'Nie udało się odczytać odpowiedzi serwera. Prosimy spróbować ponownie.',
  'error.request': 'Nie udało się zrealizować tego żądania.',
  'error.unknown': 'Wystąpił błąd ({code}).',
  'error.rate_limited':
    'W krótkim czasie rozpoczęto kilka weryfikacji. Ponowna próba będzie możliwa za {seconds, plural, one {# sekundę} few {# sekundy} many {# sekund} other {# sekundy}}.',
  'share.label': 'Użyj Yoti',
  'share.preparing': 'Przygotowywanie bezpiecznego kodu…',
  'share.wants': '{app} prosi o następujące dane:',
  'share.scan': 'Prosimy zeskanować ten kod aplikacją Yoti',
  'share.scanHint': 'Wystarczy otworzyć aplikację Yoti w telefonie i stuknąć „Skanuj”.',
  'share.qrAlt': 'Kod QR do udostępnienia danych przez aplikację Yoti (odbiorca: {app})',
  'share.refreshing': 'Pobieranie nowego kodu…',
  'share.cantScan': 'Nie da się zeskanować? Można otworzyć link w telefonie',
  'share.tap': 'Stuknięcie „Udostępnij dane” otworzy aplikację Yoti.',
  'share.shareDetails': 'Udostępnij dane',
  'share.noApp': 'Brak aplikacji Yoti? Pokażemy, skąd ją pobrać.',
  'share.contact': 'Kontakt: {app}',
  'share.privacy': 'Polityka prywatności',
  'share.howItWorks': 'Jak to działa',
  'share.how.1': 'Wystarczy zeskanować kod aplikacją Yoti albo stuknąć „Udostępnij dane” w telefonie.',
  'share.how.2': 'Aplikacja pokaże, o jakie dane prosi {app}.',
  'share.how.3': 'Stuknięcie „Zezwól” udostępnia dane. Yoti nigdy niczego nie udostępnia bez Państwa zgody.',
  'share.how.more': 'Więcej o Yoti',
  'share.success': 'Dane udostępnione',
  'share.successBody': 'Dziękujemy – można kontynuować w serwisie {app}.',
  'share.expired': 'Ta prośba wygasła',
  'share.expiredBody': 'Ze względów bezpieczeństwa prośby o udostępnienie danych są ważne tylko kilka minut.',
  'share.failed': 'Udostępnianie nie zostało dokończone',
  'share.failedBody': 'Serwis {app} nie otrzymał żadnych danych.',
  'share.startAgain': 'Zacznij od nowa',
  'share.errorTitle': 'Nie udało się rozpocząć udostępniania',
  'share.secured': 'Zabezpieczone przez Yoti',
  'error.yoti_invalid_payload':
    'Yoti nie może przyjąć żądania tej witryny. Prosimy spróbować ponownie później.',
  'error.yoti_unknown_attribute':
    'Ta witryna poprosiła Yoti o informację, której Yoti nie zna. Prosimy poinformować o tym właściciela witryny.',
  'error.yoti_service_disabled':
    'Usługa Yoti w tej witrynie jest wyłączona. Prosimy wybrać inny sposób, aby kontynuować.',
  'error.yoti_no_organisation':
    'Ta witryna nie jest jeszcze skonfigurowana w Yoti. Prosimy wybrać inny sposób, aby kontynuować.',
  'error.yoti_organisation_not_verified':
    'Organizacja prowadząca tę witrynę nie została jeszcze zweryfikowana przez Yoti. Prosimy wybrać inny sposób, aby kontynuować.',
  'error.yoti_third_party_request_not_allowed':
    'Ta witryna nie może prosić o jedną z tych informacji. Prosimy poinformować o tym właściciela witryny.',
  'error.yoti_third_party_issue_not_allowed':
    'Ta witryna nie może przekazać jednej z tych informacji. Prosimy poinformować o tym właściciela witryny.',
  'attr.full_name': 'Imię i nazwisko',
  'attr.given_names': 'Imiona',
  'attr.family_name': 'Nazwisko',
  'attr.date_of_birth': 'Data urodzenia',
  'attr.age_over': '{age} or over', // TRANSLATE (changed)
  'attr.age_under': 'Poniżej {age} lat',
  'attr.gender': 'Płeć',
  'attr.nationality': 'Obywatelstwo',
  'attr.phone_number': 'Numer telefonu komórkowego',
  'attr.email_address': 'Adres e-mail',
  'attr.postal_address': 'Adres',
  'attr.structured_postal_address': 'Adres',
  'attr.selfie': 'Zdjęcie',
  'attr.document_details': 'Dane dokumentu',
  'attr.document_images': 'Zdjęcia dokumentu',
  'docscan.title': 'Weryfikacja tożsamości',
  'docscan.loading': 'Wczytywanie weryfikacji tożsamości…',
  'docscan.success.title': 'Dziękujemy',
  'docscan.success.body': 'Dokumenty zostały przesłane. Poinformujemy o wyniku.',
  'docscan.error.title': 'Nie udało się dokończyć weryfikacji tożsamości',
  'docscan.expired.title': 'Sesja wygasła',
  'docscan.restart': 'Zacznij od nowa',
  'docscan.frameTimeout':
    'Nie udało się wczytać weryfikacji tożsamości. Prosimy sprawdzić połączenie i spróbować ponownie.',
  'docscan.noSession': 'Ta strona nie otrzymała sesji weryfikacji tożsamości.',
  'docscan.badApiUrl': 'Weryfikacja tożsamości nie jest poprawnie skonfigurowana na tej stronie (api-url).',
  'idv.1000': 'Weryfikacja tożsamości została anulowana.',
  'idv.2000': 'Ta weryfikacja tożsamości nie jest już autoryzowana. Prosimy zacząć od nowa.',
  'idv.2001': 'Nie znaleziono tej weryfikacji tożsamości. Prosimy zacząć od nowa.',
  'idv.2002': 'Ta weryfikacja tożsamości wygasła. Prosimy zacząć od nowa.',
  'idv.2003': 'Brak tokenu dostępu do tej weryfikacji tożsamości.',
  'idv.2004': 'Brak sesji tej weryfikacji tożsamości.',
  'idv.3000': 'Usługa weryfikacji tożsamości jest obecnie niedostępna. Prosimy spróbować ponownie później.',
  'idv.3001': 'Błąd sieci przerwał weryfikację tożsamości. Prosimy spróbować ponownie.',
  'idv.3002': 'Brak połączenia z internetem. Prosimy połączyć się ponownie i spróbować jeszcze raz.',
  'idv.4000':
    'Odmówiono dostępu do kamery. Aby kontynuować, należy zezwolić na użycie kamery w ustawieniach przeglądarki.',
  'idv.4001': 'Dokument nie był zgodny lub wykonano zbyt wiele prób.',
  'idv.5000': 'Nie znaleziono kamery, a przesłanie zdjęcia nie jest dozwolone w tej weryfikacji.',
  'idv.5001':
    'Ta przeglądarka nie jest obsługiwana. Prosimy użyć aktualnej wersji Chrome, Safari, Firefox lub Edge.',
  'idv.5002': 'Nie pozostało już żadnych prób testu żywotności.',
  'idv.5004': 'Podczas weryfikacji tożsamości wystąpił błąd. Prosimy spróbować ponownie.',
  'idv.5006': 'Test żywotności nie powiódł się. Prosimy spróbować ponownie.',
  'idv.5007': 'Na iPhonie i iPadzie prosimy otworzyć tę stronę w Safari.',
  'idv.5008': 'Konfiguracja tej weryfikacji tożsamości nie jest obsługiwana.',
  'idv.5010': 'Kamera nie działa, a nie ma innego sposobu, aby kontynuować.',
  'idv.5011': 'Rozdzielczość kamery jest zbyt niska dla tej weryfikacji.',
  'idv.7000': 'Brak dokumentów wymaganych do tej weryfikacji.',
  'error.link_used': 'Ten link został otwarty na innym urządzeniu.',
  'error.link_expired': 'Ten link wygasł.',
  'status.heading': 'Weryfikacja tożsamości',
  'status.loading': 'Sprawdzanie stanu weryfikacji…',
  'status.outcome.PENDING': 'Trwa sprawdzanie dokumentów',
  'status.outcome.PENDING.body': 'Zwykle trwa to minutę lub dwie. Ta strona odświeży się automatycznie.',
  'status.outcome.REVIEW': 'Dokumenty są w trakcie przeglądu',
  'status.outcome.REVIEW.body': 'Dokumenty sprawdza teraz nasz pracownik. Poinformujemy o wyniku.',
  'status.outcome.APPROVED': 'Tożsamość zweryfikowana',
  'status.outcome.APPROVED.body': 'Dziękujemy. Tożsamość została potwierdzona.',
  'status.outcome.REJECTED': 'Nie udało się zweryfikować tożsamości',
  'status.outcome.REJECTED.body':
    'Można spróbować ponownie lub skontaktować się z nami, aby kontynuować w inny sposób.',
  'status.outcome.EXPIRED': 'Ta weryfikacja wygasła',
  'status.outcome.EXPIRED.body': 'Weryfikacja wygasła przed jej ukończeniem. Można zacząć od nowa.',
  'status.checks': 'Kontrole',
  'status.check.pending': 'Oczekuje',
  'status.recommendation.APPROVE': 'Wynik pozytywny',
  'status.recommendation.REJECT': 'Wynik negatywny',
  'status.recommendation.NOT_AVAILABLE': 'Nie sprawdzono',
  'status.reason': 'Powód: {reason}',
  'status.unreachable': 'Nie udało się pobrać stanu tej weryfikacji.',
  'status.reconnecting': 'Ponowne łączenie…',
  'status.announce': 'Stan weryfikacji: {outcome}.',
  'status.noSession': 'Ta strona nie otrzymała sesji weryfikacji.',
  'check.ID_DOCUMENT_AUTHENTICITY': 'Autentyczność dokumentu',
  'check.ID_DOCUMENT_FACE_MATCH': 'Zgodność twarzy',
  'check.LIVENESS': 'Test żywotności',
  'check.ID_DOCUMENT_TEXT_DATA_CHECK': 'Odczyt tekstu',
  'check.ID_DOCUMENT_COMPARISON': 'Porównanie dokumentów',
  'check.SUPPLEMENTARY_DOCUMENT_TEXT_DATA_CHECK': 'Odczyt tekstu z dokumentu uzupełniającego',
  'check.WATCHLIST_SCREENING': 'Sprawdzenie na listach obserwacyjnych',
  'check.WATCHLIST_ADVANCED_CA': 'Rozszerzone sprawdzenie na listach obserwacyjnych',
  'check.FACE_COMPARISON': 'Porównanie twarzy',
  'check.THIRD_PARTY_IDENTITY': 'Weryfikacja tożsamości przez podmiot zewnętrzny',
  'reason.MANDATORY_DOCUMENT_COULD_NOT_BE_PROVIDED': 'Nie udało się dostarczyć wymaganego dokumentu.',
  'reason.FRAUD_DETECTED': 'Wykryto możliwe oszustwo.',
  'reason.COULD_NOT_VERIFY_ADDRESS': 'Nie udało się zweryfikować adresu.',
  'reason.UNABLE_TO_VALIDATE_DOCUMENT': 'Nie udało się potwierdzić dokumentu.',
  'reason.EXPIRED_DOCUMENT': 'Dokument stracił ważność.',
  'reason.USER_CANCELLED': 'Weryfikacja została anulowana.',
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

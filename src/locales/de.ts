import type { ElementsStrings } from './keys.js';

/** The public elements' strings in German (Deutsch). */
export const de: ElementsStrings = {
  'common.retry': 'Erneut versuchen',
  'common.close': 'Schließen',
  'common.loading': 'Wird geladen…',
  'error.network':
    'Der Server ist nicht erreichbar. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  'error.timeout': 'Der Server hat zu lange nicht geantwortet. Bitte versuchen Sie es erneut.',
  'error.server': 'Bei uns ist ein Fehler aufgetreten. Bitte versuchen Sie es erneut.',
  'error.badResponse': 'Die Antwort des Servers konnte nicht gelesen werden. Bitte versuchen Sie es erneut.',
  'error.request': 'Diese Anfrage konnte nicht abgeschlossen werden.',
  'error.unknown': 'Es ist ein Fehler aufgetreten ({code}).',
  'error.rate_limited':
    'Sie haben in kurzer Zeit mehrere Prüfungen gestartet. Sie können es in {seconds, plural, one {# Sekunde} other {# Sekunden}} erneut versuchen.',
  'share.label': 'Yoti verwenden',
  'share.preparing': 'Sicherer Code wird erstellt…',
  'share.wants': '{app} möchte Folgendes sehen:',
  'share.scan': 'Scannen Sie diesen Code mit der Yoti-App',
  'share.scanHint': 'Öffnen Sie die Yoti-App auf Ihrem Smartphone und tippen Sie auf „Scannen“.',
  'share.qrAlt': 'QR-Code, um Ihre Daten mit der Yoti-App an {app} weiterzugeben',
  'share.refreshing': 'Neuer Code wird abgerufen…',
  'share.cantScan': 'Scannen nicht möglich? Öffnen Sie den Link auf Ihrem Smartphone',
  'share.tap': 'Tippen Sie auf „Daten teilen“, um die Yoti-App zu öffnen.',
  'share.shareDetails': 'Daten teilen',
  'share.noApp': 'Keine Yoti-App? Wir zeigen Ihnen, wo Sie sie erhalten.',
  'share.contact': '{app} kontaktieren',
  'share.privacy': 'Datenschutzerklärung',
  'share.howItWorks': 'So funktioniert es',
  'share.how.1':
    'Scannen Sie den Code mit der Yoti-App oder tippen Sie auf Ihrem Smartphone auf „Daten teilen“.',
  'share.how.2': 'Die App zeigt Ihnen, welche Daten {app} anfragt.',
  'share.how.3': 'Tippen Sie auf „Erlauben“, um sie zu teilen. Yoti gibt nichts ohne Ihre Zustimmung weiter.',
  'share.how.more': 'Mehr über Yoti',
  'share.success': 'Daten geteilt',
  'share.successBody': 'Vielen Dank – Sie können jetzt bei {app} fortfahren.',
  'share.expired': 'Diese Anfrage ist abgelaufen',
  'share.expiredBody': 'Zu Ihrer Sicherheit sind Anfragen zum Teilen nur wenige Minuten gültig.',
  'share.failed': 'Das Teilen wurde nicht abgeschlossen',
  'share.failedBody': 'Es wurden keine Daten an {app} weitergegeben.',
  'share.startAgain': 'Neu starten',
  'share.errorTitle': 'Das Teilen konnte nicht gestartet werden',
  'share.secured': 'Gesichert durch Yoti',
  'error.yoti_invalid_payload':
    'Yoti konnte die Anfrage dieser Website nicht annehmen. Bitte versuchen Sie es später erneut.',
  'error.yoti_unknown_attribute':
    'Diese Website hat bei Yoti eine Angabe angefragt, die Yoti nicht kennt. Bitte informieren Sie den Betreiber der Website.',
  'error.yoti_service_disabled':
    'Der Yoti-Dienst dieser Website ist deaktiviert. Bitte wählen Sie einen anderen Weg, um fortzufahren.',
  'error.yoti_no_organisation':
    'Diese Website ist noch nicht für Yoti eingerichtet. Bitte wählen Sie einen anderen Weg, um fortzufahren.',
  'error.yoti_organisation_not_verified':
    'Die Organisation hinter dieser Website ist noch nicht von Yoti verifiziert. Bitte wählen Sie einen anderen Weg, um fortzufahren.',
  'error.yoti_third_party_request_not_allowed':
    'Diese Website darf eine dieser Angaben nicht anfragen. Bitte informieren Sie den Betreiber der Website.',
  'error.yoti_third_party_issue_not_allowed':
    'Diese Website darf Ihnen eine dieser Angaben nicht ausstellen. Bitte informieren Sie den Betreiber der Website.',
  'attr.full_name': 'Vollständiger Name',
  'attr.given_names': 'Vornamen',
  'attr.family_name': 'Nachname',
  'attr.date_of_birth': 'Geburtsdatum',
  'attr.age_over': '{age} or over', // TRANSLATE (changed)
  'attr.age_under': 'Unter {age} Jahren',
  'attr.gender': 'Geschlecht',
  'attr.nationality': 'Staatsangehörigkeit',
  'attr.phone_number': 'Mobilfunknummer',
  'attr.email_address': 'E-Mail-Adresse',
  'attr.postal_address': 'Adresse',
  'attr.structured_postal_address': 'Adresse',
  'attr.selfie': 'Foto',
  'attr.document_details': 'Dokumentdaten',
  'attr.document_images': 'Dokumentbilder',
  'docscan.title': 'Identitätsprüfung',
  'docscan.loading': 'Ihre Identitätsprüfung wird geladen…',
  'docscan.success.title': 'Vielen Dank',
  'docscan.success.body': 'Ihre Dokumente wurden übermittelt. Wir informieren Sie über das Ergebnis.',
  'docscan.error.title': 'Ihre Identitätsprüfung konnte nicht abgeschlossen werden',
  'docscan.expired.title': 'Ihre Sitzung ist abgelaufen',
  'docscan.restart': 'Neu starten',
  'docscan.frameTimeout':
    'Die Identitätsprüfung wurde nicht geladen. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  'docscan.noSession': 'Dieser Seite wurde keine Sitzung für die Identitätsprüfung übergeben.',
  'docscan.badApiUrl': 'Die Identitätsprüfung ist auf dieser Seite nicht richtig eingerichtet (api-url).',
  'idv.1000': 'Sie haben die Identitätsprüfung abgebrochen.',
  'idv.2000': 'Diese Identitätsprüfung ist nicht mehr autorisiert. Bitte starten Sie sie neu.',
  'idv.2001': 'Diese Identitätsprüfung wurde nicht gefunden. Bitte starten Sie sie neu.',
  'idv.2002': 'Diese Identitätsprüfung ist abgelaufen. Bitte starten Sie sie neu.',
  'idv.2003': 'Für diese Identitätsprüfung fehlt das Zugriffstoken.',
  'idv.2004': 'Für diese Identitätsprüfung fehlt die Sitzung.',
  'idv.3000':
    'Der Dienst für die Identitätsprüfung ist derzeit nicht verfügbar. Bitte versuchen Sie es später erneut.',
  'idv.3001': 'Ein Netzwerkfehler hat die Identitätsprüfung unterbrochen. Bitte versuchen Sie es erneut.',
  'idv.3002': 'Sie sind offline. Bitte stellen Sie die Verbindung wieder her und versuchen Sie es erneut.',
  'idv.4000':
    'Der Zugriff auf die Kamera wurde verweigert. Erlauben Sie die Kamera in den Einstellungen Ihres Browsers, um fortzufahren.',
  'idv.4001': 'Das Dokument stimmte nicht überein, oder es gab zu viele Versuche.',
  'idv.5000':
    'Es wurde keine Kamera gefunden, und das Hochladen eines Fotos ist für diese Prüfung nicht zulässig.',
  'idv.5001':
    'Dieser Browser wird nicht unterstützt. Bitte verwenden Sie eine aktuelle Version von Chrome, Safari, Firefox oder Edge.',
  'idv.5002': 'Für die Lebenderkennung sind keine Versuche mehr übrig.',
  'idv.5004': 'Bei der Identitätsprüfung ist ein Fehler aufgetreten. Bitte versuchen Sie es erneut.',
  'idv.5006': 'Die Lebenderkennung war nicht erfolgreich. Bitte versuchen Sie es erneut.',
  'idv.5007': 'Auf iPhone und iPad öffnen Sie diese Seite bitte in Safari.',
  'idv.5008': 'Die Konfiguration dieser Identitätsprüfung wird nicht unterstützt.',
  'idv.5010': 'Die Kamera funktioniert nicht, und es gibt keinen anderen Weg, fortzufahren.',
  'idv.5011': 'Die Auflösung Ihrer Kamera ist für diese Prüfung zu niedrig.',
  'idv.7000': 'Die für diese Prüfung erforderlichen Dokumente liegen Ihnen nicht vor.',
  'error.link_used': 'Dieser Link wurde auf einem anderen Gerät geöffnet.',
  'error.link_expired': 'Dieser Link ist abgelaufen.',
  'status.heading': 'Identitätsprüfung',
  'status.loading': 'Status Ihrer Prüfung wird abgerufen…',
  'status.outcome.PENDING': 'Ihre Dokumente werden geprüft',
  'status.outcome.PENDING.body':
    'Das dauert in der Regel ein bis zwei Minuten. Diese Seite aktualisiert sich automatisch.',
  'status.outcome.REVIEW': 'Ihre Dokumente werden genauer geprüft',
  'status.outcome.REVIEW.body':
    'Eine Person sieht sich Ihre Dokumente an. Wir informieren Sie über das Ergebnis.',
  'status.outcome.APPROVED': 'Identität bestätigt',
  'status.outcome.APPROVED.body': 'Vielen Dank. Ihre Identität wurde bestätigt.',
  'status.outcome.REJECTED': 'Wir konnten Ihre Identität nicht bestätigen',
  'status.outcome.REJECTED.body':
    'Sie können es erneut versuchen oder sich an uns wenden, um auf anderem Weg fortzufahren.',
  'status.outcome.EXPIRED': 'Diese Prüfung ist abgelaufen',
  'status.outcome.EXPIRED.body':
    'Sie ist abgelaufen, bevor sie abgeschlossen wurde. Sie können neu beginnen.',
  'status.checks': 'Prüfungen',
  'status.check.pending': 'Ausstehend',
  'status.recommendation.APPROVE': 'Bestanden',
  'status.recommendation.REJECT': 'Nicht bestanden',
  'status.recommendation.NOT_AVAILABLE': 'Nicht geprüft',
  'status.reason': 'Grund: {reason}',
  'status.unreachable': 'Der Status dieser Prüfung konnte nicht abgerufen werden.',
  'status.reconnecting': 'Verbindung wird wiederhergestellt…',
  'status.announce': 'Status der Prüfung: {outcome}.',
  'status.noSession': 'Dieser Seite wurde keine Sitzung für die Prüfung übergeben.',
  'check.ID_DOCUMENT_AUTHENTICITY': 'Echtheit des Dokuments',
  'check.ID_DOCUMENT_FACE_MATCH': 'Gesichtsabgleich',
  'check.LIVENESS': 'Lebenderkennung',
  'check.ID_DOCUMENT_TEXT_DATA_CHECK': 'Textauslesung',
  'check.ID_DOCUMENT_COMPARISON': 'Dokumentenabgleich',
  'check.SUPPLEMENTARY_DOCUMENT_TEXT_DATA_CHECK': 'Textauslesung aus dem Zusatzdokument',
  'check.WATCHLIST_SCREENING': 'Abgleich mit Beobachtungslisten',
  'check.WATCHLIST_ADVANCED_CA': 'Erweiterter Abgleich mit Beobachtungslisten',
  'check.FACE_COMPARISON': 'Gesichtsvergleich',
  'check.THIRD_PARTY_IDENTITY': 'Identitätsprüfung durch Dritte',
  'reason.MANDATORY_DOCUMENT_COULD_NOT_BE_PROVIDED':
    'Ein erforderliches Dokument konnte nicht vorgelegt werden.',
  'reason.FRAUD_DETECTED': 'Es wurden Hinweise auf möglichen Betrug festgestellt.',
  'reason.COULD_NOT_VERIFY_ADDRESS': 'Die Adresse konnte nicht bestätigt werden.',
  'reason.UNABLE_TO_VALIDATE_DOCUMENT': 'Das Dokument konnte nicht validiert werden.',
  'reason.EXPIRED_DOCUMENT': 'Das Dokument ist abgelaufen.',
  'reason.USER_CANCELLED': 'Die Prüfung wurde abgebrochen.',
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

import type { ElementsStrings } from './keys.js';

/** The public elements' strings in Dutch (Nederlands). */
export const nl: ElementsStrings = {
  'common.retry': 'Opnieuw proberen',
  'common.close': 'Sluiten',
  'common.loading': 'Laden…',
  'error.network': 'We konden de server niet bereiken. Controleer uw verbinding en probeer het opnieuw.',
  'error.timeout': 'De server reageerde niet op tijd. Probeer het opnieuw.',
  'error.server': 'Er ging bij ons iets mis. Probeer het opnieuw.',
  'error.badResponse': 'De server stuurde een antwoord dat we niet konden lezen. Probeer het opnieuw.',
  'error.request': 'Dit verzoek kon niet worden uitgevoerd.',
  'error.unknown': 'Er ging iets mis ({code}).',
  'error.rate_limited':
    'U hebt in korte tijd meerdere controles gestart. U kunt het over {seconds, plural, one {# seconde} other {# seconden}} opnieuw proberen.',
  'share.label': 'Yoti gebruiken',
  'share.preparing': 'Beveiligde code wordt aangemaakt…',
  'share.wants': '{app} wil graag het volgende zien:',
  'share.scan': 'Scan deze code met de Yoti-app',
  'share.scanHint': 'Open de Yoti-app op uw telefoon en tik op ‘Scannen’.',
  'share.qrAlt': 'QR-code om uw gegevens via de Yoti-app met {app} te delen',
  'share.refreshing': 'Nieuwe code wordt opgehaald…',
  'share.cantScan': 'Lukt scannen niet? Open de link op uw telefoon',
  'share.tap': 'Tik op ‘Gegevens delen’ om de Yoti-app te openen.',
  'share.shareDetails': 'Gegevens delen',
  'share.noApp': 'Geen Yoti-app? We laten u zien waar u die kunt downloaden.',
  'share.contact': 'Contact opnemen met {app}',
  'share.privacy': 'Privacyverklaring',
  'share.howItWorks': 'Zo werkt het',
  'share.how.1': 'Scan de code met de Yoti-app, of tik op uw telefoon op ‘Gegevens delen’.',
  'share.how.2': 'De app laat zien welke gegevens {app} vraagt.',
  'share.how.3': 'Tik op ‘Toestaan’ om ze te delen. Yoti deelt nooit iets zonder uw toestemming.',
  'share.how.more': 'Meer over Yoti',
  'share.success': 'Gegevens gedeeld',
  'share.successBody': 'Bedankt – u kunt verdergaan bij {app}.',
  'share.expired': 'Dit verzoek is verlopen',
  'share.expiredBody': 'Voor uw veiligheid zijn deelverzoeken maar een paar minuten geldig.',
  'share.failed': 'Het delen is niet voltooid',
  'share.failedBody': 'Er is niets gedeeld met {app}.',
  'share.startAgain': 'Opnieuw beginnen',
  'share.errorTitle': 'We konden het delen niet starten',
  'share.secured': 'Beveiligd door Yoti',
  'error.yoti_invalid_payload':
    'Yoti kon het verzoek van deze website niet accepteren. Probeer het later opnieuw.',
  'error.yoti_unknown_attribute':
    'Deze website vroeg Yoti om een gegeven dat Yoti niet kent. Laat het de website weten.',
  'error.yoti_service_disabled':
    'De Yoti-dienst van deze website staat uit. Kies een andere manier om verder te gaan.',
  'error.yoti_no_organisation':
    'Deze website is nog niet ingesteld voor Yoti. Kies een andere manier om verder te gaan.',
  'error.yoti_organisation_not_verified':
    'De organisatie achter deze website is nog niet geverifieerd door Yoti. Kies een andere manier om verder te gaan.',
  'error.yoti_third_party_request_not_allowed':
    'Deze website mag een van deze gegevens niet opvragen. Laat het de website weten.',
  'error.yoti_third_party_issue_not_allowed':
    'Deze website mag u een van deze gegevens niet verstrekken. Laat het de website weten.',
  'attr.full_name': 'Volledige naam',
  'attr.given_names': 'Voornamen',
  'attr.family_name': 'Achternaam',
  'attr.date_of_birth': 'Geboortedatum',
  'attr.age_over': '{age} or over', // TRANSLATE (changed)
  'attr.age_under': 'Onder de {age} jaar',
  'attr.gender': 'Geslacht',
  'attr.nationality': 'Nationaliteit',
  'attr.phone_number': 'Mobiel nummer',
  'attr.email_address': 'E-mailadres',
  'attr.postal_address': 'Adres',
  'attr.structured_postal_address': 'Adres',
  'attr.selfie': 'Foto',
  'attr.document_details': 'Documentgegevens',
  'attr.document_images': 'Documentafbeeldingen',
  'docscan.title': 'Identiteitsverificatie',
  'docscan.loading': 'Uw identiteitscontrole wordt geladen…',
  'docscan.success.title': 'Bedankt',
  'docscan.success.body': 'Uw documenten zijn verstuurd. We laten u de uitkomst weten.',
  'docscan.error.title': 'We konden uw identiteitscontrole niet afronden',
  'docscan.expired.title': 'Uw sessie is verlopen',
  'docscan.restart': 'Opnieuw beginnen',
  'docscan.frameTimeout':
    'De identiteitscontrole is niet geladen. Controleer uw verbinding en probeer het opnieuw.',
  'docscan.noSession': 'Er is aan deze pagina geen sessie voor de identiteitscontrole meegegeven.',
  'docscan.badApiUrl': 'De identiteitscontrole is op deze pagina niet goed ingesteld (api-url).',
  'idv.1000': 'U hebt de identiteitscontrole geannuleerd.',
  'idv.2000': 'Deze identiteitscontrole is niet meer geautoriseerd. Begin opnieuw.',
  'idv.2001': 'We konden deze identiteitscontrole niet vinden. Begin opnieuw.',
  'idv.2002': 'Deze identiteitscontrole is verlopen. Begin opnieuw.',
  'idv.2003': 'Het toegangstoken van deze identiteitscontrole ontbreekt.',
  'idv.2004': 'De sessie van deze identiteitscontrole ontbreekt.',
  'idv.3000': 'De identiteitsdienst is op dit moment niet beschikbaar. Probeer het later opnieuw.',
  'idv.3001': 'Een netwerkfout heeft de identiteitscontrole onderbroken. Probeer het opnieuw.',
  'idv.3002': 'U bent offline. Maak opnieuw verbinding en probeer het nog eens.',
  'idv.4000':
    'Toegang tot de camera is geweigerd. Sta de camera toe in de instellingen van uw browser om verder te gaan.',
  'idv.4001': 'Het document kwam niet overeen, of er waren te veel pogingen.',
  'idv.5000': 'Er is geen camera gevonden, en een foto uploaden is voor deze controle niet toegestaan.',
  'idv.5001':
    'Deze browser wordt niet ondersteund. Gebruik een recente versie van Chrome, Safari, Firefox of Edge.',
  'idv.5002': 'Er zijn geen pogingen meer over voor de livenesscontrole.',
  'idv.5004': 'Er ging iets mis bij de identiteitscontrole. Probeer het opnieuw.',
  'idv.5006': 'De livenesscontrole is niet gelukt. Probeer het opnieuw.',
  'idv.5007': 'Open deze pagina op iPhone en iPad in Safari.',
  'idv.5008': 'De instellingen van deze identiteitscontrole worden niet ondersteund.',
  'idv.5010': 'De camera werkt niet en er is geen andere manier om verder te gaan.',
  'idv.5011': 'De resolutie van uw camera is te laag voor deze controle.',
  'idv.7000': 'U hebt niet de documenten die voor deze controle nodig zijn.',
  'error.link_used': 'Deze link is op een ander apparaat geopend.',
  'error.link_expired': 'Deze link is verlopen.',
  'status.heading': 'Identiteitsverificatie',
  'status.loading': 'Uw verificatie wordt opgehaald…',
  'status.outcome.PENDING': 'Uw documenten worden gecontroleerd',
  'status.outcome.PENDING.body':
    'Dit duurt meestal een minuut of twee. Deze pagina wordt vanzelf bijgewerkt.',
  'status.outcome.REVIEW': 'Uw documenten worden beoordeeld',
  'status.outcome.REVIEW.body': 'Een medewerker bekijkt uw documenten. We laten u de uitkomst weten.',
  'status.outcome.APPROVED': 'Identiteit geverifieerd',
  'status.outcome.APPROVED.body': 'Bedankt. Uw identiteit is bevestigd.',
  'status.outcome.REJECTED': 'We konden uw identiteit niet verifiëren',
  'status.outcome.REJECTED.body':
    'U kunt het opnieuw proberen, of neem contact met ons op voor een andere manier om verder te gaan.',
  'status.outcome.EXPIRED': 'Deze verificatie is verlopen',
  'status.outcome.EXPIRED.body':
    'De verificatie is verlopen voordat die was afgerond. U kunt opnieuw beginnen.',
  'status.checks': 'Controles',
  'status.check.pending': 'In afwachting',
  'status.recommendation.APPROVE': 'Geslaagd',
  'status.recommendation.REJECT': 'Niet geslaagd',
  'status.recommendation.NOT_AVAILABLE': 'Niet gecontroleerd',
  'status.reason': 'Reden: {reason}',
  'status.unreachable': 'We konden de status van deze verificatie niet ophalen.',
  'status.reconnecting': 'Opnieuw verbinden…',
  'status.announce': 'Status van de verificatie: {outcome}.',
  'status.noSession': 'Er is aan deze pagina geen verificatiesessie meegegeven.',
  'check.ID_DOCUMENT_AUTHENTICITY': 'Echtheid van het document',
  'check.ID_DOCUMENT_FACE_MATCH': 'Gezichtsovereenkomst',
  'check.LIVENESS': 'Livenesscontrole',
  'check.ID_DOCUMENT_TEXT_DATA_CHECK': 'Tekstextractie',
  'check.ID_DOCUMENT_COMPARISON': 'Documentvergelijking',
  'check.SUPPLEMENTARY_DOCUMENT_TEXT_DATA_CHECK': 'Tekstextractie aanvullend document',
  'check.WATCHLIST_SCREENING': 'Screening op watchlists',
  'check.WATCHLIST_ADVANCED_CA': 'Uitgebreide screening op watchlists',
  'check.FACE_COMPARISON': 'Gezichtsvergelijking',
  'check.THIRD_PARTY_IDENTITY': 'Identiteitscontrole door een derde partij',
  'reason.MANDATORY_DOCUMENT_COULD_NOT_BE_PROVIDED': 'Een verplicht document kon niet worden aangeleverd.',
  'reason.FRAUD_DETECTED': 'Er is mogelijke fraude gedetecteerd.',
  'reason.COULD_NOT_VERIFY_ADDRESS': 'Het adres kon niet worden geverifieerd.',
  'reason.UNABLE_TO_VALIDATE_DOCUMENT': 'Het document kon niet worden gevalideerd.',
  'reason.EXPIRED_DOCUMENT': 'Het document is verlopen.',
  'reason.USER_CANCELLED': 'De verificatie is geannuleerd.',
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

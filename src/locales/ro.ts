import type { ElementsStrings } from './keys.js';

/** The public elements' strings in Romanian (română). */
export const ro: ElementsStrings = {
  'common.retry': 'Încercați din nou',
  'common.close': 'Închideți',
  'common.loading': 'Se încarcă…',
  'error.network': 'Nu am putut contacta serverul. Verificați conexiunea și încercați din nou.',
  'error.timeout': 'Serverul a întârziat prea mult să răspundă. Încercați din nou.',
  'error.server': 'A apărut o eroare din partea noastră. Încercați din nou.',
  'error.badResponse': 'Serverul a trimis un răspuns pe care nu l-am putut citi. Încercați din nou.',
  'error.request': 'Această solicitare nu a putut fi finalizată.',
  'error.unknown': 'A apărut o eroare ({code}).',
  'error.rate_limited':
    'Ați inițiat mai multe verificări într-un timp scurt. Puteți încerca din nou peste {seconds, plural, one {# secundă} few {# secunde} other {# de secunde}}.',
  'share.label': 'Utilizați Yoti',
  'share.preparing': 'Se pregătește un cod securizat…',
  'share.wants': '{app} dorește să vadă:',
  'share.scan': 'Scanați acest cod cu aplicația Yoti',
  'share.scanHint': 'Deschideți aplicația Yoti pe telefon și atingeți „Scanare”.',
  'share.qrAlt': 'Cod QR pentru partajarea datelor dumneavoastră cu {app} prin aplicația Yoti',
  'share.refreshing': 'Se generează un cod nou…',
  'share.cantScan': 'Nu puteți scana? Deschideți linkul pe telefon',
  'share.tap': 'Atingeți „Partajați datele” pentru a deschide aplicația Yoti.',
  'share.shareDetails': 'Partajați datele',
  'share.noApp': 'Nu aveți aplicația Yoti? Vă vom arăta de unde o puteți obține.',
  'share.contact': 'Contactați {app}',
  'share.privacy': 'Politica de confidențialitate',
  'share.howItWorks': 'Cum funcționează',
  'share.how.1': 'Scanați codul cu aplicația Yoti sau atingeți „Partajați datele” pe telefon.',
  'share.how.2': 'Aplicația afișează datele solicitate de {app}.',
  'share.how.3':
    'Atingeți „Permiteți” pentru a le partaja. Yoti nu partajează nimic fără acordul dumneavoastră.',
  'share.how.more': 'Mai multe despre Yoti',
  'share.success': 'Date partajate',
  'share.successBody': 'Vă mulțumim. Puteți continua pe {app}.',
  'share.expired': 'Această solicitare a expirat',
  'share.expiredBody':
    'Pentru siguranța dumneavoastră, solicitările de partajare sunt valabile doar câteva minute.',
  'share.failed': 'Partajarea nu a fost finalizată',
  'share.failedBody': 'Nu s-a partajat nimic cu {app}.',
  'share.startAgain': 'Reîncepeți',
  'share.errorTitle': 'Nu am putut începe partajarea',
  'share.secured': 'Securizat de Yoti',
  'error.yoti_invalid_payload':
    'Yoti nu a putut accepta solicitarea acestui site. Încercați din nou mai târziu.',
  'error.yoti_unknown_attribute':
    'Acest site a solicitat de la Yoti o informație pe care Yoti nu o recunoaște. Vă rugăm să anunțați site-ul.',
  'error.yoti_service_disabled':
    'Serviciul Yoti al acestui site este dezactivat. Alegeți o altă modalitate de a continua.',
  'error.yoti_no_organisation':
    'Acest site nu este încă configurat cu Yoti. Alegeți o altă modalitate de a continua.',
  'error.yoti_organisation_not_verified':
    'Organizația acestui site nu a fost încă verificată de Yoti. Alegeți o altă modalitate de a continua.',
  'error.yoti_third_party_request_not_allowed':
    'Acest site nu are permisiunea de a solicita una dintre aceste informații. Vă rugăm să anunțați site-ul.',
  'error.yoti_third_party_issue_not_allowed':
    'Acest site nu are permisiunea de a vă emite una dintre aceste informații. Vă rugăm să anunțați site-ul.',
  'attr.full_name': 'Nume complet',
  'attr.given_names': 'Prenume',
  'attr.family_name': 'Nume de familie',
  'attr.date_of_birth': 'Data nașterii',
  'attr.age_over': '{age} or over', // TRANSLATE (changed)
  'attr.age_under': 'Sub {age, plural, one {# an} few {# ani} other {# de ani}}',
  'attr.gender': 'Sex',
  'attr.nationality': 'Cetățenie',
  'attr.phone_number': 'Număr de telefon mobil',
  'attr.email_address': 'Adresă de e-mail',
  'attr.postal_address': 'Adresă',
  'attr.structured_postal_address': 'Adresă',
  'attr.selfie': 'Fotografie',
  'attr.document_details': 'Detaliile documentului',
  'attr.document_images': 'Imaginile documentului',
  'docscan.title': 'Verificarea identității',
  'docscan.loading': 'Se încarcă verificarea identității…',
  'docscan.success.title': 'Vă mulțumim',
  'docscan.success.body': 'Documentele dumneavoastră au fost trimise. Vă vom comunica rezultatul.',
  'docscan.error.title': 'Nu am putut finaliza verificarea identității',
  'docscan.expired.title': 'Sesiunea dumneavoastră a expirat',
  'docscan.restart': 'Reîncepeți',
  'docscan.frameTimeout':
    'Verificarea identității nu s-a încărcat. Verificați conexiunea și încercați din nou.',
  'docscan.noSession': 'Această pagină nu a primit nicio sesiune de verificare a identității.',
  'docscan.badApiUrl': 'Verificarea identității nu este configurată corect pe această pagină (api-url).',
  'idv.1000': 'Ați anulat verificarea identității.',
  'idv.2000': 'Această verificare a identității nu mai este autorizată. Vă rugăm să reîncepeți.',
  'idv.2001': 'Nu am găsit această verificare a identității. Vă rugăm să reîncepeți.',
  'idv.2002': 'Această verificare a identității a expirat. Vă rugăm să reîncepeți.',
  'idv.2003': 'Lipsește tokenul de acces al acestei verificări a identității.',
  'idv.2004': 'Lipsește sesiunea acestei verificări a identității.',
  'idv.3000':
    'Serviciul de verificare a identității nu este disponibil momentan. Încercați din nou mai târziu.',
  'idv.3001': 'O eroare de rețea a întrerupt verificarea identității. Încercați din nou.',
  'idv.3002': 'Nu există conexiune la internet. Reconectați-vă și încercați din nou.',
  'idv.4000':
    'Accesul la cameră a fost refuzat. Pentru a continua, permiteți accesul la cameră din setările browserului.',
  'idv.4001': 'Documentul nu corespunde sau s-a atins numărul maxim de încercări.',
  'idv.5000': 'Nu a fost găsită nicio cameră, iar această verificare nu permite încărcarea unei fotografii.',
  'idv.5001':
    'Acest browser nu este acceptat. Folosiți o versiune recentă de Chrome, Safari, Firefox sau Edge.',
  'idv.5002': 'Nu mai există încercări pentru verificarea prezenței.',
  'idv.5004': 'A apărut o eroare în timpul verificării identității. Încercați din nou.',
  'idv.5006': 'Verificarea prezenței nu a putut fi finalizată. Încercați din nou.',
  'idv.5007': 'Pe iPhone și iPad, deschideți această pagină în Safari.',
  'idv.5008': 'Configurația acestei verificări a identității nu este acceptată.',
  'idv.5010': 'Camera nu funcționează și nu există altă modalitate de a continua.',
  'idv.5011': 'Rezoluția camerei este prea mică pentru această verificare.',
  'idv.7000': 'Nu dețineți documentele necesare pentru această verificare.',
  'error.link_used': 'Acest link a fost deschis pe alt dispozitiv.',
  'error.link_expired': 'Acest link a expirat.',
  'status.heading': 'Verificarea identității',
  'status.loading': 'Se încarcă starea verificării…',
  'status.outcome.PENDING': 'Se verifică documentele dumneavoastră',
  'status.outcome.PENDING.body': 'De obicei durează un minut sau două. Pagina se actualizează automat.',
  'status.outcome.REVIEW': 'Documentele dumneavoastră sunt în curs de analiză',
  'status.outcome.REVIEW.body':
    'O persoană analizează documentele dumneavoastră. Vă vom comunica rezultatul.',
  'status.outcome.APPROVED': 'Identitate verificată',
  'status.outcome.APPROVED.body': 'Vă mulțumim. Identitatea dumneavoastră a fost confirmată.',
  'status.outcome.REJECTED': 'Nu am putut verifica identitatea dumneavoastră',
  'status.outcome.REJECTED.body':
    'Puteți încerca din nou sau ne puteți contacta pentru a continua în alt mod.',
  'status.outcome.EXPIRED': 'Această verificare a expirat',
  'status.outcome.EXPIRED.body': 'A expirat înainte de a fi finalizată. Puteți reîncepe.',
  'status.checks': 'Verificări',
  'status.check.pending': 'În așteptare',
  'status.recommendation.APPROVE': 'Reușită',
  'status.recommendation.REJECT': 'Nereușită',
  'status.recommendation.NOT_AVAILABLE': 'Neverificată',
  'status.reason': 'Motiv: {reason}',
  'status.unreachable': 'Nu am putut obține starea acestei verificări.',
  'status.reconnecting': 'Se reconectează…',
  'status.announce': 'Starea verificării: {outcome}.',
  'status.noSession': 'Această pagină nu a primit nicio sesiune de verificare.',
  'check.ID_DOCUMENT_AUTHENTICITY': 'Autenticitatea documentului',
  'check.ID_DOCUMENT_FACE_MATCH': 'Corespondența facială',
  'check.LIVENESS': 'Verificarea prezenței',
  'check.ID_DOCUMENT_TEXT_DATA_CHECK': 'Extragerea textului',
  'check.ID_DOCUMENT_COMPARISON': 'Compararea documentelor',
  'check.SUPPLEMENTARY_DOCUMENT_TEXT_DATA_CHECK': 'Extragerea textului din documentul justificativ',
  'check.WATCHLIST_SCREENING': 'Verificarea în listele de monitorizare',
  'check.WATCHLIST_ADVANCED_CA': 'Verificarea avansată în listele de monitorizare',
  'check.FACE_COMPARISON': 'Compararea facială',
  'check.THIRD_PARTY_IDENTITY': 'Verificarea identității prin terți',
  'reason.MANDATORY_DOCUMENT_COULD_NOT_BE_PROVIDED': 'Un document obligatoriu nu a putut fi furnizat.',
  'reason.FRAUD_DETECTED': 'A fost detectată o posibilă fraudă.',
  'reason.COULD_NOT_VERIFY_ADDRESS': 'Adresa nu a putut fi verificată.',
  'reason.UNABLE_TO_VALIDATE_DOCUMENT': 'Documentul nu a putut fi validat.',
  'reason.EXPIRED_DOCUMENT': 'Documentul a expirat.',
  'reason.USER_CANCELLED': 'Verificarea a fost anulată.',
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

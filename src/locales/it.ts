import type { ElementsStrings } from './keys.js';

/** The public elements' strings in Italian (italiano). */
export const it: ElementsStrings = {
  'common.retry': 'Riprova',
  'common.close': 'Chiudi',
  'common.loading': 'Caricamento…',
  'error.network': 'Impossibile raggiungere il server. Controlli la connessione e riprovi.',
  'error.timeout': 'Il server ha impiegato troppo tempo a rispondere. Riprovi.',
  'error.server': 'Si è verificato un errore da parte nostra. Riprovi.',
  'error.badResponse': 'Il server ha inviato una risposta che non è stato possibile leggere. Riprovi.',
  'error.request': 'Non è stato possibile completare questa richiesta.',
  'error.unknown': 'Si è verificato un errore ({code}).',
  'error.rate_limited':
    'Ha avviato diverse verifiche in poco tempo. Potrà riprovare tra {seconds, plural, one {# secondo} many {# di secondi} other {# secondi}}.',
  'share.label': 'Usa Yoti',
  'share.preparing': 'Preparazione di un codice sicuro…',
  'share.wants': '{app} chiede di vedere:',
  'share.scan': 'Scansioni questo codice con l’app Yoti',
  'share.scanHint': 'Apra l’app Yoti sul telefono e tocchi «Scansiona».',
  'share.qrAlt': 'Codice QR per condividere i suoi dati con {app} tramite l’app Yoti',
  'share.refreshing': 'Generazione di un nuovo codice…',
  'share.cantScan': 'Non riesce a scansionarlo? Apra il link sul telefono',
  'share.tap': 'Tocchi «Condividi dati» per aprire l’app Yoti.',
  'share.shareDetails': 'Condividi dati',
  'share.noApp': 'Non ha l’app Yoti? Le indicheremo dove scaricarla.',
  'share.contact': 'Contatta {app}',
  'share.privacy': 'Informativa sulla privacy',
  'share.howItWorks': 'Come funziona',
  'share.how.1': 'Scansioni il codice con l’app Yoti oppure tocchi «Condividi dati» sul telefono.',
  'share.how.2': 'L’app mostra i dati richiesti da {app}.',
  'share.how.3': 'Tocchi «Consenti» per condividerli. Yoti non condivide nulla senza il suo consenso.',
  'share.how.more': 'Maggiori informazioni su Yoti',
  'share.success': 'Dati condivisi',
  'share.successBody': 'Grazie, ora può continuare su {app}.',
  'share.expired': 'Questa richiesta è scaduta',
  'share.expiredBody': 'Per la sua sicurezza, le richieste di condivisione durano solo pochi minuti.',
  'share.failed': 'La condivisione non è stata completata',
  'share.failedBody': 'Non è stato condiviso nulla con {app}.',
  'share.startAgain': 'Ricomincia',
  'share.errorTitle': 'Non è stato possibile avviare la condivisione',
  'share.secured': 'Protetto da Yoti',
  'error.yoti_invalid_payload':
    'Yoti non ha potuto accettare la richiesta di questo sito. Riprovi più tardi.',
  'error.yoti_unknown_attribute':
    'Questo sito ha chiesto a Yoti un dato che Yoti non conosce. La preghiamo di segnalarlo al sito.',
  'error.yoti_service_disabled':
    'Il servizio Yoti di questo sito è disattivato. Scelga un altro modo per continuare.',
  'error.yoti_no_organisation':
    'Questo sito non è ancora configurato con Yoti. Scelga un altro modo per continuare.',
  'error.yoti_organisation_not_verified':
    'L’organizzazione di questo sito non è ancora stata verificata da Yoti. Scelga un altro modo per continuare.',
  'error.yoti_third_party_request_not_allowed':
    'Questo sito non è autorizzato a richiedere uno di questi dati. La preghiamo di segnalarlo al sito.',
  'error.yoti_third_party_issue_not_allowed':
    'Questo sito non è autorizzato a rilasciarle uno di questi dati. La preghiamo di segnalarlo al sito.',
  'attr.full_name': 'Nome completo',
  'attr.given_names': 'Nome',
  'attr.family_name': 'Cognome',
  'attr.date_of_birth': 'Data di nascita',
  'attr.age_over': '{age} or over', // TRANSLATE (changed)
  'attr.age_under': 'Meno di {age} anni',
  'attr.gender': 'Sesso',
  'attr.nationality': 'Cittadinanza',
  'attr.phone_number': 'Numero di cellulare',
  'attr.email_address': 'Indirizzo email',
  'attr.postal_address': 'Indirizzo',
  'attr.structured_postal_address': 'Indirizzo',
  'attr.selfie': 'Foto',
  'attr.document_details': 'Dati del documento',
  'attr.document_images': 'Immagini del documento',
  'docscan.title': 'Verifica dell’identità',
  'docscan.loading': 'Caricamento della verifica dell’identità…',
  'docscan.success.title': 'Grazie',
  'docscan.success.body': 'I suoi documenti sono stati inviati. Le comunicheremo l’esito.',
  'docscan.error.title': 'Non è stato possibile completare la verifica dell’identità',
  'docscan.expired.title': 'La sessione è scaduta',
  'docscan.restart': 'Ricomincia',
  'docscan.frameTimeout': 'La verifica dell’identità non si è caricata. Controlli la connessione e riprovi.',
  'docscan.noSession': 'Questa pagina non ha ricevuto alcuna sessione di verifica dell’identità.',
  'docscan.badApiUrl':
    'La verifica dell’identità non è configurata correttamente in questa pagina (api-url).',
  'idv.1000': 'Ha annullato la verifica dell’identità.',
  'idv.2000': 'Questa verifica dell’identità non è più autorizzata. Ricominci dall’inizio.',
  'idv.2001': 'Non è stato possibile trovare questa verifica dell’identità. Ricominci dall’inizio.',
  'idv.2002': 'Questa verifica dell’identità è scaduta. Ricominci dall’inizio.',
  'idv.2003': 'Manca il token di accesso di questa verifica dell’identità.',
  'idv.2004': 'Manca la sessione di questa verifica dell’identità.',
  'idv.3000': 'Il servizio di verifica dell’identità non è al momento disponibile. Riprovi più tardi.',
  'idv.3001': 'Un errore di rete ha interrotto la verifica dell’identità. Riprovi.',
  'idv.3002': 'Il dispositivo non è connesso a Internet. Ristabilisca la connessione e riprovi.',
  'idv.4000':
    'L’accesso alla fotocamera è stato negato. Per continuare, consenta l’uso della fotocamera nelle impostazioni del browser.',
  'idv.4001': 'Il documento non corrisponde oppure è stato raggiunto il numero massimo di tentativi.',
  'idv.5000': 'Non è stata trovata alcuna fotocamera e questa verifica non consente di caricare una foto.',
  'idv.5001':
    'Questo browser non è supportato. Utilizzi una versione recente di Chrome, Safari, Firefox o Edge.',
  'idv.5002': 'Non restano tentativi per la verifica dal vivo.',
  'idv.5004': 'Si è verificato un errore durante la verifica dell’identità. Riprovi.',
  'idv.5006': 'Non è stato possibile completare la verifica dal vivo. Riprovi.',
  'idv.5007': 'Su iPhone e iPad, apra questa pagina in Safari.',
  'idv.5008': 'La configurazione di questa verifica dell’identità non è supportata.',
  'idv.5010': 'La fotocamera non funziona e non c’è un altro modo per continuare.',
  'idv.5011': 'La risoluzione della fotocamera è troppo bassa per questa verifica.',
  'idv.7000': 'Non dispone dei documenti richiesti per questa verifica.',
  'error.link_used': 'Questo link è stato aperto su un altro dispositivo.',
  'error.link_expired': 'Questo link è scaduto.',
  'status.heading': 'Verifica dell’identità',
  'status.loading': 'Recupero della verifica in corso…',
  'status.outcome.PENDING': 'Controllo dei documenti in corso',
  'status.outcome.PENDING.body':
    'Di solito richiede un paio di minuti. Questa pagina si aggiorna automaticamente.',
  'status.outcome.REVIEW': 'I suoi documenti sono in fase di esame',
  'status.outcome.REVIEW.body': 'Un operatore sta esaminando i suoi documenti. Le comunicheremo l’esito.',
  'status.outcome.APPROVED': 'Identità verificata',
  'status.outcome.APPROVED.body': 'Grazie. La sua identità è stata confermata.',
  'status.outcome.REJECTED': 'Non è stato possibile verificare la sua identità',
  'status.outcome.REJECTED.body': 'Può riprovare oppure contattarci per continuare in un altro modo.',
  'status.outcome.EXPIRED': 'Questa verifica è scaduta',
  'status.outcome.EXPIRED.body': 'È scaduta prima di essere completata. Può ricominciare.',
  'status.checks': 'Controlli',
  'status.check.pending': 'In attesa',
  'status.recommendation.APPROVE': 'Superato',
  'status.recommendation.REJECT': 'Non superato',
  'status.recommendation.NOT_AVAILABLE': 'Non verificato',
  'status.reason': 'Motivo: {reason}',
  'status.unreachable': 'Non è stato possibile ottenere lo stato di questa verifica.',
  'status.reconnecting': 'Riconnessione…',
  'status.announce': 'Stato della verifica: {outcome}.',
  'status.noSession': 'Questa pagina non ha ricevuto alcuna sessione di verifica.',
  'check.ID_DOCUMENT_AUTHENTICITY': 'Autenticità del documento',
  'check.ID_DOCUMENT_FACE_MATCH': 'Corrispondenza del volto',
  'check.LIVENESS': 'Verifica dal vivo',
  'check.ID_DOCUMENT_TEXT_DATA_CHECK': 'Estrazione del testo',
  'check.ID_DOCUMENT_COMPARISON': 'Confronto dei documenti',
  'check.SUPPLEMENTARY_DOCUMENT_TEXT_DATA_CHECK': 'Estrazione del testo del documento integrativo',
  'check.WATCHLIST_SCREENING': 'Controllo delle liste di sorveglianza',
  'check.WATCHLIST_ADVANCED_CA': 'Controllo avanzato delle liste di sorveglianza',
  'check.FACE_COMPARISON': 'Confronto del volto',
  'check.THIRD_PARTY_IDENTITY': 'Verifica dell’identità tramite terzi',
  'reason.MANDATORY_DOCUMENT_COULD_NOT_BE_PROVIDED':
    'Non è stato possibile fornire un documento obbligatorio.',
  'reason.FRAUD_DETECTED': 'È stata rilevata una possibile frode.',
  'reason.COULD_NOT_VERIFY_ADDRESS': 'Non è stato possibile verificare l’indirizzo.',
  'reason.UNABLE_TO_VALIDATE_DOCUMENT': 'Non è stato possibile convalidare il documento.',
  'reason.EXPIRED_DOCUMENT': 'Il documento è scaduto.',
  'reason.USER_CANCELLED': 'La verifica è stata annullata.',
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

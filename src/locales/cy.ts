import type { ElementsStrings } from './keys.js';

/** The public elements' strings in Welsh (Cymraeg). */
export const cy: ElementsStrings = {
  'common.retry': 'Rhoi cynnig arall',
  'common.close': 'Cau',
  'common.loading': 'Wrthi’n llwytho…',
  'error.network':
    'Nid oedd modd cysylltu â’r gweinydd. Gwiriwch eich cysylltiad a rhowch gynnig arall arni.',
  'error.timeout': 'Cymerodd y gweinydd ormod o amser i ateb. Rhowch gynnig arall arni.',
  'error.server': 'Aeth rhywbeth o’i le ar ein hochr ni. Rhowch gynnig arall arni.',
  'error.badResponse': 'Anfonodd y gweinydd ateb nad oedd modd i ni ei ddarllen. Rhowch gynnig arall arni.',
  'error.request': 'Nid oedd modd cwblhau’r cais hwn.',
  'error.unknown': 'Aeth rhywbeth o’i le ({code}).',
  'error.rate_limited':
    'Rydych wedi dechrau sawl gwiriad mewn cyfnod byr. Gallwch roi cynnig arall arni ymhen {seconds, plural, zero {# eiliad} one {# eiliad} two {# eiliad} few {# eiliad} many {# eiliad} other {# eiliad}}.',
  'share.label': 'Defnyddio Yoti',
  'share.preparing': 'Wrthi’n paratoi cod diogel…',
  'share.wants': 'Hoffai {app} weld y canlynol:',
  'share.scan': 'Sganiwch y cod hwn gydag ap Yoti',
  'share.scanHint': 'Agorwch ap Yoti ar eich ffôn a thapiwch ‘Sganio’.',
  'share.qrAlt': 'Cod QR i rannu eich manylion â {app} drwy ap Yoti',
  'share.refreshing': 'Wrthi’n cael cod newydd…',
  'share.cantScan': 'Methu sganio? Agorwch y ddolen ar eich ffôn',
  'share.tap': 'Tapiwch ‘Rhannu manylion’ i agor ap Yoti.',
  'share.shareDetails': 'Rhannu manylion',
  'share.noApp': 'Dim ap Yoti? Byddwn yn dangos i chi ble i’w gael.',
  'share.contact': 'Cysylltu â {app}',
  'share.privacy': 'Polisi preifatrwydd',
  'share.howItWorks': 'Sut mae’n gweithio',
  'share.how.1': 'Sganiwch y cod gydag ap Yoti, neu tapiwch ‘Rhannu manylion’ ar eich ffôn.',
  'share.how.2': 'Mae’r ap yn dangos y manylion y mae {app} yn gofyn amdanynt.',
  'share.how.3': 'Tapiwch ‘Caniatáu’ i’w rhannu. Nid yw Yoti byth yn rhannu unrhyw beth heb eich caniatâd.',
  'share.how.more': 'Rhagor am Yoti',
  'share.success': 'Manylion wedi’u rhannu',
  'share.successBody': 'Diolch – gallwch barhau ar {app}.',
  'share.expired': 'Mae’r cais hwn wedi dod i ben',
  'share.expiredBody': 'Er eich diogelwch, dim ond am ychydig funudau y mae ceisiadau i rannu yn para.',
  'share.failed': 'Ni chwblhawyd y rhannu',
  'share.failedBody': 'Ni rannwyd dim â {app}.',
  'share.startAgain': 'Dechrau eto',
  'share.errorTitle': 'Nid oedd modd i ni ddechrau’r rhannu',
  'share.secured': 'Wedi’i ddiogelu gan Yoti',
  'error.yoti_invalid_payload':
    'Nid oedd Yoti yn gallu derbyn cais y wefan hon. Rhowch gynnig arall arni yn nes ymlaen.',
  'error.yoti_unknown_attribute':
    'Gofynnodd y wefan hon i Yoti am fanylyn nad yw Yoti yn ei adnabod. Rhowch wybod i’r wefan.',
  'error.yoti_service_disabled':
    'Mae gwasanaeth Yoti y wefan hon wedi’i ddiffodd. Dewiswch ffordd arall o barhau.',
  'error.yoti_no_organisation':
    'Nid yw’r wefan hon wedi’i sefydlu gyda Yoti eto. Dewiswch ffordd arall o barhau.',
  'error.yoti_organisation_not_verified':
    'Nid yw Yoti wedi dilysu sefydliad y wefan hon eto. Dewiswch ffordd arall o barhau.',
  'error.yoti_third_party_request_not_allowed':
    'Nid oes gan y wefan hon hawl i ofyn am un o’r manylion hyn. Rhowch wybod i’r wefan.',
  'error.yoti_third_party_issue_not_allowed':
    'Nid oes gan y wefan hon hawl i roi un o’r manylion hyn i chi. Rhowch wybod i’r wefan.',
  'attr.full_name': 'Enw llawn',
  'attr.given_names': 'Enwau cyntaf',
  'attr.family_name': 'Cyfenw',
  'attr.date_of_birth': 'Dyddiad geni',
  'attr.age_over': '{age} or over', // TRANSLATE (changed)
  'attr.age_under': 'O dan {age} oed',
  'attr.gender': 'Rhywedd',
  'attr.nationality': 'Cenedligrwydd',
  'attr.phone_number': 'Rhif ffôn symudol',
  'attr.email_address': 'Cyfeiriad e-bost',
  'attr.postal_address': 'Cyfeiriad',
  'attr.structured_postal_address': 'Cyfeiriad',
  'attr.selfie': 'Llun',
  'attr.document_details': 'Manylion y ddogfen',
  'attr.document_images': 'Delweddau’r ddogfen',
  'docscan.title': 'Dilysu hunaniaeth',
  'docscan.loading': 'Wrthi’n llwytho eich gwiriad hunaniaeth…',
  'docscan.success.title': 'Diolch',
  'docscan.success.body':
    'Mae eich dogfennau wedi’u cyflwyno. Byddwn yn rhoi gwybod i chi beth yw’r canlyniad.',
  'docscan.error.title': 'Nid oedd modd i ni gwblhau eich gwiriad hunaniaeth',
  'docscan.expired.title': 'Mae eich sesiwn wedi dod i ben',
  'docscan.restart': 'Dechrau eto',
  'docscan.frameTimeout':
    'Nid yw’r gwiriad hunaniaeth wedi llwytho. Gwiriwch eich cysylltiad a rhowch gynnig arall arni.',
  'docscan.noSession': 'Ni roddwyd sesiwn gwirio hunaniaeth i’r dudalen hon.',
  'docscan.badApiUrl': 'Nid yw’r gwiriad hunaniaeth wedi’i osod yn gywir ar y dudalen hon (api-url).',
  'idv.1000': 'Rydych wedi canslo’r gwiriad hunaniaeth.',
  'idv.2000': 'Nid yw’r gwiriad hunaniaeth hwn wedi’i awdurdodi mwyach. Dechreuwch eto.',
  'idv.2001': 'Nid oedd modd i ni ddod o hyd i’r gwiriad hunaniaeth hwn. Dechreuwch eto.',
  'idv.2002': 'Mae’r gwiriad hunaniaeth hwn wedi dod i ben. Dechreuwch eto.',
  'idv.2003': 'Mae tocyn mynediad y gwiriad hunaniaeth hwn ar goll.',
  'idv.2004': 'Mae sesiwn y gwiriad hunaniaeth hwn ar goll.',
  'idv.3000': 'Nid yw’r gwasanaeth hunaniaeth ar gael ar hyn o bryd. Rhowch gynnig arall arni yn nes ymlaen.',
  'idv.3001': 'Torrodd gwall rhwydwaith ar draws y gwiriad hunaniaeth. Rhowch gynnig arall arni.',
  'idv.3002': 'Rydych all-lein. Ailgysylltwch a rhowch gynnig arall arni.',
  'idv.4000': 'Gwrthodwyd mynediad i’r camera. Caniatewch y camera yng ngosodiadau eich porwr i barhau.',
  'idv.4001': 'Nid oedd y ddogfen yn cyfateb, neu roedd gormod o ymdrechion.',
  'idv.5000': 'Ni chafwyd hyd i gamera, ac ni chaniateir llwytho llun i fyny ar gyfer y gwiriad hwn.',
  'idv.5001':
    'Nid yw’r porwr hwn yn cael ei gefnogi. Defnyddiwch fersiwn diweddar o Chrome, Safari, Firefox neu Edge.',
  'idv.5002': 'Nid oes ymdrechion ar ôl ar gyfer y gwiriad bywiogrwydd.',
  'idv.5004': 'Aeth rhywbeth o’i le yn y gwiriad hunaniaeth. Rhowch gynnig arall arni.',
  'idv.5006': 'Ni lwyddodd y gwiriad bywiogrwydd. Rhowch gynnig arall arni.',
  'idv.5007': 'Ar iPhone ac iPad, agorwch y dudalen hon yn Safari.',
  'idv.5008': 'Nid yw ffurfweddiad y gwiriad hunaniaeth hwn yn cael ei gefnogi.',
  'idv.5010': 'Methodd y camera ac nid oes ffordd arall o barhau.',
  'idv.5011': 'Mae cydraniad eich camera yn rhy isel ar gyfer y gwiriad hwn.',
  'idv.7000': 'Nid oes gennych y dogfennau sydd eu hangen ar gyfer y gwiriad hwn.',
  'error.link_used': 'Agorwyd y ddolen hon ar ddyfais arall.',
  'error.link_expired': 'Mae’r ddolen hon wedi dod i ben.',
  'status.heading': 'Dilysu hunaniaeth',
  'status.loading': 'Wrthi’n gwirio eich dilysiad…',
  'status.outcome.PENDING': 'Wrthi’n gwirio eich dogfennau',
  'status.outcome.PENDING.body':
    'Mae hyn fel arfer yn cymryd munud neu ddwy. Bydd y dudalen hon yn diweddaru ei hun.',
  'status.outcome.REVIEW': 'Mae eich dogfennau’n cael eu hadolygu',
  'status.outcome.REVIEW.body':
    'Mae person yn edrych ar eich dogfennau. Byddwn yn rhoi gwybod i chi beth yw’r canlyniad.',
  'status.outcome.APPROVED': 'Hunaniaeth wedi’i dilysu',
  'status.outcome.APPROVED.body': 'Diolch. Mae eich hunaniaeth wedi’i chadarnhau.',
  'status.outcome.REJECTED': 'Nid oedd modd i ni ddilysu eich hunaniaeth',
  'status.outcome.REJECTED.body':
    'Gallwch roi cynnig arall arni, neu gysylltu â ni i gael ffordd arall o barhau.',
  'status.outcome.EXPIRED': 'Mae’r dilysiad hwn wedi dod i ben',
  'status.outcome.EXPIRED.body': 'Daeth i ben cyn iddo gael ei gwblhau. Gallwch ddechrau eto.',
  'status.checks': 'Gwiriadau',
  'status.check.pending': 'Yn aros',
  'status.recommendation.APPROVE': 'Wedi llwyddo',
  'status.recommendation.REJECT': 'Heb lwyddo',
  'status.recommendation.NOT_AVAILABLE': 'Heb ei wirio',
  'status.reason': 'Rheswm: {reason}',
  'status.unreachable': 'Nid oedd modd i ni gael statws y dilysiad hwn.',
  'status.reconnecting': 'Wrthi’n ailgysylltu…',
  'status.announce': 'Statws y dilysiad: {outcome}.',
  'status.noSession': 'Ni roddwyd sesiwn ddilysu i’r dudalen hon.',
  'check.ID_DOCUMENT_AUTHENTICITY': 'Dilysrwydd y ddogfen',
  'check.ID_DOCUMENT_FACE_MATCH': 'Cyfateb wyneb',
  'check.LIVENESS': 'Gwiriad bywiogrwydd',
  'check.ID_DOCUMENT_TEXT_DATA_CHECK': 'Echdynnu testun',
  'check.ID_DOCUMENT_COMPARISON': 'Cymharu dogfennau',
  'check.SUPPLEMENTARY_DOCUMENT_TEXT_DATA_CHECK': 'Echdynnu testun o ddogfen ategol',
  'check.WATCHLIST_SCREENING': 'Sgrinio rhestrau gwylio',
  'check.WATCHLIST_ADVANCED_CA': 'Sgrinio rhestrau gwylio uwch',
  'check.FACE_COMPARISON': 'Cymharu wynebau',
  'check.THIRD_PARTY_IDENTITY': 'Gwiriad hunaniaeth trydydd parti',
  'reason.MANDATORY_DOCUMENT_COULD_NOT_BE_PROVIDED': 'Nid oedd modd darparu dogfen ofynnol.',
  'reason.FRAUD_DETECTED': 'Canfuwyd twyll posibl.',
  'reason.COULD_NOT_VERIFY_ADDRESS': 'Nid oedd modd dilysu’r cyfeiriad.',
  'reason.UNABLE_TO_VALIDATE_DOCUMENT': 'Nid oedd modd cadarnhau bod y ddogfen yn ddilys.',
  'reason.EXPIRED_DOCUMENT': 'Mae’r ddogfen wedi dod i ben.',
  'reason.USER_CANCELLED': 'Cafodd y dilysiad ei ganslo.',
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

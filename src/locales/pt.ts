import type { ElementsStrings } from './keys.js';

/** The public elements' strings in Portuguese (português). */
export const pt: ElementsStrings = {
  'common.retry': 'Tentar novamente',
  'common.close': 'Fechar',
  'common.loading': 'A carregar…',
  'error.network':
    'Não foi possível contactar o servidor. Verifique a sua ligação à Internet e tente novamente.',
  'error.timeout': 'O servidor demorou demasiado tempo a responder. Tente novamente.',
  'error.server': 'Ocorreu um erro da nossa parte. Tente novamente.',
  'error.badResponse': 'O servidor enviou uma resposta que não foi possível ler. Tente novamente.',
  'error.request': 'Não foi possível concluir este pedido.',
  'error.unknown': 'Ocorreu um erro ({code}).',
  'error.rate_limited':
    'Iniciou várias verificações num curto espaço de tempo. Poderá tentar novamente dentro de {seconds, plural, =0 {# segundos} one {# segundo} many {# de segundos} other {# segundos}}.',
  'share.label': 'Utilizar Yoti',
  'share.preparing': 'A preparar um código seguro…',
  'share.wants': '{app} pretende ver:',
  'share.scan': 'Digitalize este código com a aplicação Yoti',
  'share.scanHint': 'Abra a aplicação Yoti no telemóvel e toque em «Digitalizar».',
  'share.qrAlt': 'Código QR para partilhar os seus dados com {app} através da aplicação Yoti',
  'share.refreshing': 'A obter um novo código…',
  'share.cantScan': 'Não consegue digitalizar? Abra a ligação no telemóvel',
  'share.tap': 'Toque em «Partilhar dados» para abrir a aplicação Yoti.',
  'share.shareDetails': 'Partilhar dados',
  'share.noApp': 'Não tem a aplicação Yoti? Indicaremos onde a pode obter.',
  'share.contact': 'Contactar {app}',
  'share.privacy': 'Política de privacidade',
  'share.howItWorks': 'Como funciona',
  'share.how.1': 'Digitalize o código com a aplicação Yoti ou toque em «Partilhar dados» no telemóvel.',
  'share.how.2': 'A aplicação mostra os dados pedidos por {app}.',
  'share.how.3': 'Toque em «Permitir» para os partilhar. A Yoti nunca partilha nada sem a sua autorização.',
  'share.how.more': 'Mais informações sobre a Yoti',
  'share.success': 'Dados partilhados',
  'share.successBody': 'Obrigado. Já pode continuar em {app}.',
  'share.expired': 'Este pedido expirou',
  'share.expiredBody':
    'Por motivos de segurança, os pedidos de partilha só são válidos durante alguns minutos.',
  'share.failed': 'A partilha não foi concluída',
  'share.failedBody': 'Nada foi partilhado com {app}.',
  'share.startAgain': 'Recomeçar',
  'share.errorTitle': 'Não foi possível iniciar a partilha',
  'share.secured': 'Protegido pela Yoti',
  'error.yoti_invalid_payload':
    'A Yoti não conseguiu aceitar o pedido deste site. Tente novamente mais tarde.',
  'error.yoti_unknown_attribute':
    'Este site pediu à Yoti um dado que a Yoti não reconhece. Informe o site desta situação.',
  'error.yoti_service_disabled':
    'O serviço Yoti deste site está desativado. Escolha outra forma de continuar.',
  'error.yoti_no_organisation':
    'Este site ainda não está configurado com a Yoti. Escolha outra forma de continuar.',
  'error.yoti_organisation_not_verified':
    'A organização deste site ainda não foi verificada pela Yoti. Escolha outra forma de continuar.',
  'error.yoti_third_party_request_not_allowed':
    'Este site não tem autorização para pedir um destes dados. Informe o site desta situação.',
  'error.yoti_third_party_issue_not_allowed':
    'Este site não tem autorização para lhe emitir um destes dados. Informe o site desta situação.',
  'attr.full_name': 'Nome completo',
  'attr.given_names': 'Nomes próprios',
  'attr.family_name': 'Apelido',
  'attr.date_of_birth': 'Data de nascimento',
  'attr.age_over': '{age} or over', // TRANSLATE (changed)
  'attr.age_under': 'Menos de {age} anos',
  'attr.gender': 'Sexo',
  'attr.nationality': 'Nacionalidade',
  'attr.phone_number': 'Número de telemóvel',
  'attr.email_address': 'Endereço de email',
  'attr.postal_address': 'Morada',
  'attr.structured_postal_address': 'Morada',
  'attr.selfie': 'Fotografia',
  'attr.document_details': 'Dados do documento',
  'attr.document_images': 'Imagens do documento',
  'docscan.title': 'Verificação de identidade',
  'docscan.loading': 'A carregar a verificação de identidade…',
  'docscan.success.title': 'Obrigado',
  'docscan.success.body': 'Os seus documentos foram enviados. Iremos comunicar-lhe o resultado.',
  'docscan.error.title': 'Não foi possível concluir a verificação de identidade',
  'docscan.expired.title': 'A sua sessão expirou',
  'docscan.restart': 'Recomeçar',
  'docscan.frameTimeout':
    'Não foi possível carregar a verificação de identidade. Verifique a sua ligação à Internet e tente novamente.',
  'docscan.noSession': 'Não foi fornecida a esta página nenhuma sessão de verificação de identidade.',
  'docscan.badApiUrl':
    'A verificação de identidade não está configurada corretamente nesta página (api-url).',
  'idv.1000': 'Cancelou a verificação de identidade.',
  'idv.2000': 'Esta verificação de identidade já não está autorizada. Recomece o processo.',
  'idv.2001': 'Não foi possível encontrar esta verificação de identidade. Recomece o processo.',
  'idv.2002': 'Esta verificação de identidade expirou. Recomece o processo.',
  'idv.2003': 'Falta o token de acesso desta verificação de identidade.',
  'idv.2004': 'Falta a sessão desta verificação de identidade.',
  'idv.3000':
    'O serviço de verificação de identidade está indisponível de momento. Tente novamente mais tarde.',
  'idv.3001': 'Um erro de rede interrompeu a verificação de identidade. Tente novamente.',
  'idv.3002': 'Está sem ligação à Internet. Volte a ligar-se e tente novamente.',
  'idv.4000':
    'O acesso à câmara foi recusado. Para continuar, permita o acesso à câmara nas definições do browser.',
  'idv.4001': 'O documento não corresponde ou foi atingido o número máximo de tentativas.',
  'idv.5000': 'Não foi encontrada nenhuma câmara e esta verificação não permite carregar uma fotografia.',
  'idv.5001': 'Este browser não é suportado. Utilize uma versão recente do Chrome, Safari, Firefox ou Edge.',
  'idv.5002': 'Não restam tentativas para a prova de vida.',
  'idv.5004': 'Ocorreu um erro na verificação de identidade. Tente novamente.',
  'idv.5006': 'Não foi possível concluir a prova de vida. Tente novamente.',
  'idv.5007': 'No iPhone e no iPad, abra esta página no Safari.',
  'idv.5008': 'A configuração desta verificação de identidade não é suportada.',
  'idv.5010': 'A câmara falhou e não existe outra forma de continuar.',
  'idv.5011': 'A resolução da sua câmara é demasiado baixa para esta verificação.',
  'idv.7000': 'Não tem os documentos exigidos por esta verificação.',
  'error.link_used': 'Esta ligação foi aberta noutro dispositivo.',
  'error.link_expired': 'Esta ligação expirou.',
  'status.heading': 'Verificação de identidade',
  'status.loading': 'A consultar a sua verificação…',
  'status.outcome.PENDING': 'A verificar os seus documentos',
  'status.outcome.PENDING.body':
    'Normalmente demora um ou dois minutos. Esta página é atualizada automaticamente.',
  'status.outcome.REVIEW': 'Os seus documentos estão a ser analisados',
  'status.outcome.REVIEW.body':
    'Uma pessoa está a analisar os seus documentos. Iremos comunicar-lhe o resultado.',
  'status.outcome.APPROVED': 'Identidade verificada',
  'status.outcome.APPROVED.body': 'Obrigado. A sua identidade foi confirmada.',
  'status.outcome.REJECTED': 'Não foi possível verificar a sua identidade',
  'status.outcome.REJECTED.body': 'Pode tentar novamente ou contactar-nos para continuar de outra forma.',
  'status.outcome.EXPIRED': 'Esta verificação expirou',
  'status.outcome.EXPIRED.body': 'Expirou antes de ser concluída. Pode recomeçar.',
  'status.checks': 'Verificações',
  'status.check.pending': 'Pendente',
  'status.recommendation.APPROVE': 'Superada',
  'status.recommendation.REJECT': 'Não superada',
  'status.recommendation.NOT_AVAILABLE': 'Não verificada',
  'status.reason': 'Motivo: {reason}',
  'status.unreachable': 'Não foi possível obter o estado desta verificação.',
  'status.reconnecting': 'A restabelecer a ligação…',
  'status.announce': 'Estado da verificação: {outcome}.',
  'status.noSession': 'Não foi fornecida a esta página nenhuma sessão de verificação.',
  'check.ID_DOCUMENT_AUTHENTICITY': 'Autenticidade do documento',
  'check.ID_DOCUMENT_FACE_MATCH': 'Correspondência facial',
  'check.LIVENESS': 'Prova de vida',
  'check.ID_DOCUMENT_TEXT_DATA_CHECK': 'Extração de texto',
  'check.ID_DOCUMENT_COMPARISON': 'Comparação de documentos',
  'check.SUPPLEMENTARY_DOCUMENT_TEXT_DATA_CHECK': 'Extração de texto do documento comprovativo',
  'check.WATCHLIST_SCREENING': 'Verificação em listas de vigilância',
  'check.WATCHLIST_ADVANCED_CA': 'Verificação avançada em listas de vigilância',
  'check.FACE_COMPARISON': 'Comparação facial',
  'check.THIRD_PARTY_IDENTITY': 'Verificação de identidade por terceiros',
  'reason.MANDATORY_DOCUMENT_COULD_NOT_BE_PROVIDED': 'Não foi possível apresentar um documento obrigatório.',
  'reason.FRAUD_DETECTED': 'Foi detetada uma possível fraude.',
  'reason.COULD_NOT_VERIFY_ADDRESS': 'Não foi possível verificar a morada.',
  'reason.UNABLE_TO_VALIDATE_DOCUMENT': 'Não foi possível validar o documento.',
  'reason.EXPIRED_DOCUMENT': 'O documento está caducado.',
  'reason.USER_CANCELLED': 'A verificação foi cancelada.',
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

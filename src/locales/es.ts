import type { ElementsStrings } from './keys.js';

/** The public elements' strings in Spanish (español). */
export const es: ElementsStrings = {
  'common.retry': 'Reintentar',
  'common.close': 'Cerrar',
  'common.loading': 'Cargando…',
  'error.network': 'No hemos podido conectar con el servidor. Compruebe su conexión e inténtelo de nuevo.',
  'error.timeout': 'El servidor ha tardado demasiado en responder. Inténtelo de nuevo.',
  'error.server': 'Se ha producido un error por nuestra parte. Inténtelo de nuevo.',
  'error.badResponse': 'El servidor ha enviado una respuesta que no hemos podido leer. Inténtelo de nuevo.',
  'error.request': 'No se ha podido completar esta solicitud.',
  'error.unknown': 'Se ha producido un error ({code}).',
  'error.rate_limited':
    'Ha iniciado varias verificaciones en poco tiempo. Podrá volver a intentarlo dentro de {seconds, plural, one {# segundo} many {# de segundos} other {# segundos}}.',
  'share.label': 'Usar Yoti',
  'share.preparing': 'Preparando un código seguro…',
  'share.wants': '{app} desea ver:',
  'share.scan': 'Escanee este código con la aplicación Yoti',
  'share.scanHint': 'Abra la aplicación Yoti en su teléfono y toque «Escanear».',
  'share.qrAlt': 'Código QR para compartir sus datos con {app} mediante la aplicación Yoti',
  'share.refreshing': 'Obteniendo un código nuevo…',
  'share.cantScan': '¿No puede escanearlo? Abra el enlace en su teléfono',
  'share.tap': 'Toque «Compartir datos» para abrir la aplicación Yoti.',
  'share.shareDetails': 'Compartir datos',
  'share.noApp': '¿No tiene la aplicación Yoti? Le indicaremos dónde obtenerla.',
  'share.contact': 'Contactar con {app}',
  'share.privacy': 'Política de privacidad',
  'share.howItWorks': 'Cómo funciona',
  'share.how.1': 'Escanee el código con la aplicación Yoti o toque «Compartir datos» en su teléfono.',
  'share.how.2': 'La aplicación muestra los datos que solicita {app}.',
  'share.how.3': 'Toque «Permitir» para compartirlos. Yoti nunca comparte nada sin su consentimiento.',
  'share.how.more': 'Más información sobre Yoti',
  'share.success': 'Datos compartidos',
  'share.successBody': 'Gracias. Ya puede continuar en {app}.',
  'share.expired': 'Esta solicitud ha caducado',
  'share.expiredBody':
    'Por su seguridad, las solicitudes para compartir datos solo son válidas durante unos minutos.',
  'share.failed': 'No se han compartido los datos',
  'share.failedBody': 'No se ha compartido nada con {app}.',
  'share.startAgain': 'Volver a empezar',
  'share.errorTitle': 'No hemos podido iniciar el envío de sus datos',
  'share.secured': 'Protegido por Yoti',
  'error.yoti_invalid_payload':
    'Yoti no ha podido aceptar la solicitud de este sitio web. Inténtelo de nuevo más tarde.',
  'error.yoti_unknown_attribute':
    'Este sitio web ha solicitado a Yoti un dato que Yoti no reconoce. Comuníqueselo al sitio web.',
  'error.yoti_service_disabled':
    'El servicio de Yoti de este sitio web está desactivado. Elija otra forma de continuar.',
  'error.yoti_no_organisation':
    'Este sitio web aún no está configurado con Yoti. Elija otra forma de continuar.',
  'error.yoti_organisation_not_verified':
    'Yoti aún no ha verificado la organización de este sitio web. Elija otra forma de continuar.',
  'error.yoti_third_party_request_not_allowed':
    'Este sitio web no está autorizado a solicitar uno de estos datos. Comuníqueselo al sitio web.',
  'error.yoti_third_party_issue_not_allowed':
    'Este sitio web no está autorizado a emitirle uno de estos datos. Comuníqueselo al sitio web.',
  'attr.full_name': 'Nombre completo',
  'attr.given_names': 'Nombre',
  'attr.family_name': 'Apellidos',
  'attr.date_of_birth': 'Fecha de nacimiento',
  'attr.age_over': '{age} or over', // TRANSLATE (changed)
  'attr.age_under': 'Menor de {age} años',
  'attr.gender': 'Sexo',
  'attr.nationality': 'Nacionalidad',
  'attr.phone_number': 'Número de móvil',
  'attr.email_address': 'Correo electrónico',
  'attr.postal_address': 'Dirección',
  'attr.structured_postal_address': 'Dirección',
  'attr.selfie': 'Foto',
  'attr.document_details': 'Datos del documento',
  'attr.document_images': 'Imágenes del documento',
  'docscan.title': 'Verificación de identidad',
  'docscan.loading': 'Cargando la verificación de identidad…',
  'docscan.success.title': 'Gracias',
  'docscan.success.body': 'Sus documentos se han enviado. Le informaremos del resultado.',
  'docscan.error.title': 'No hemos podido completar la verificación de identidad',
  'docscan.expired.title': 'Su sesión ha caducado',
  'docscan.restart': 'Volver a empezar',
  'docscan.frameTimeout':
    'La verificación de identidad no se ha cargado. Compruebe su conexión e inténtelo de nuevo.',
  'docscan.noSession': 'Esta página no ha recibido ninguna sesión de verificación de identidad.',
  'docscan.badApiUrl':
    'La verificación de identidad no está configurada correctamente en esta página (api-url).',
  'idv.1000': 'Ha cancelado la verificación de identidad.',
  'idv.2000': 'Esta verificación de identidad ya no está autorizada. Vuelva a empezar.',
  'idv.2001': 'No hemos encontrado esta verificación de identidad. Vuelva a empezar.',
  'idv.2002': 'Esta verificación de identidad ha caducado. Vuelva a empezar.',
  'idv.2003': 'Falta el token de acceso de esta verificación de identidad.',
  'idv.2004': 'Falta la sesión de esta verificación de identidad.',
  'idv.3000':
    'El servicio de verificación de identidad no está disponible en este momento. Inténtelo de nuevo más tarde.',
  'idv.3001': 'Un error de red ha interrumpido la verificación de identidad. Inténtelo de nuevo.',
  'idv.3002': 'No hay conexión a Internet. Vuelva a conectarse e inténtelo de nuevo.',
  'idv.4000':
    'Se ha denegado el acceso a la cámara. Permita el uso de la cámara en los ajustes del navegador para continuar.',
  'idv.4001': 'El documento no coincide o se ha alcanzado el número máximo de intentos.',
  'idv.5000': 'No se ha encontrado ninguna cámara y esta verificación no permite subir una foto.',
  'idv.5001':
    'Este navegador no es compatible. Utilice una versión reciente de Chrome, Safari, Firefox o Edge.',
  'idv.5002': 'No quedan intentos para la prueba de vida.',
  'idv.5004': 'Se ha producido un error en la verificación de identidad. Inténtelo de nuevo.',
  'idv.5006': 'No se ha podido completar la prueba de vida. Inténtelo de nuevo.',
  'idv.5007': 'En iPhone y iPad, abra esta página en Safari.',
  'idv.5008': 'La configuración de esta verificación de identidad no es compatible.',
  'idv.5010': 'La cámara ha fallado y no hay otra forma de continuar.',
  'idv.5011': 'La resolución de su cámara es demasiado baja para esta verificación.',
  'idv.7000': 'No dispone de los documentos que requiere esta verificación.',
  'error.link_used': 'Este enlace se ha abierto en otro dispositivo.',
  'error.link_expired': 'Este enlace ha caducado.',
  'status.heading': 'Verificación de identidad',
  'status.loading': 'Consultando su verificación…',
  'status.outcome.PENDING': 'Estamos comprobando sus documentos',
  'status.outcome.PENDING.body': 'Suele tardar uno o dos minutos. Esta página se actualiza automáticamente.',
  'status.outcome.REVIEW': 'Sus documentos se están revisando',
  'status.outcome.REVIEW.body': 'Una persona está revisando sus documentos. Le informaremos del resultado.',
  'status.outcome.APPROVED': 'Identidad verificada',
  'status.outcome.APPROVED.body': 'Gracias. Su identidad se ha confirmado.',
  'status.outcome.REJECTED': 'No hemos podido verificar su identidad',
  'status.outcome.REJECTED.body':
    'Puede volver a intentarlo o ponerse en contacto con nosotros para continuar de otra forma.',
  'status.outcome.EXPIRED': 'Esta verificación ha caducado',
  'status.outcome.EXPIRED.body': 'Ha caducado antes de completarse. Puede volver a empezar.',
  'status.checks': 'Comprobaciones',
  'status.check.pending': 'Pendiente',
  'status.recommendation.APPROVE': 'Superada',
  'status.recommendation.REJECT': 'No superada',
  'status.recommendation.NOT_AVAILABLE': 'No comprobada',
  'status.reason': 'Motivo: {reason}',
  'status.unreachable': 'No hemos podido obtener el estado de esta verificación.',
  'status.reconnecting': 'Reconectando…',
  'status.announce': 'Estado de la verificación: {outcome}.',
  'status.noSession': 'Esta página no ha recibido ninguna sesión de verificación.',
  'check.ID_DOCUMENT_AUTHENTICITY': 'Autenticidad del documento',
  'check.ID_DOCUMENT_FACE_MATCH': 'Coincidencia facial',
  'check.LIVENESS': 'Prueba de vida',
  'check.ID_DOCUMENT_TEXT_DATA_CHECK': 'Extracción de texto',
  'check.ID_DOCUMENT_COMPARISON': 'Comparación de documentos',
  'check.SUPPLEMENTARY_DOCUMENT_TEXT_DATA_CHECK': 'Extracción de texto del documento justificativo',
  'check.WATCHLIST_SCREENING': 'Consulta de listas de vigilancia',
  'check.WATCHLIST_ADVANCED_CA': 'Consulta avanzada de listas de vigilancia',
  'check.FACE_COMPARISON': 'Comparación facial',
  'check.THIRD_PARTY_IDENTITY': 'Verificación de identidad por terceros',
  'reason.MANDATORY_DOCUMENT_COULD_NOT_BE_PROVIDED': 'No se ha podido aportar un documento obligatorio.',
  'reason.FRAUD_DETECTED': 'Se ha detectado un posible fraude.',
  'reason.COULD_NOT_VERIFY_ADDRESS': 'No se ha podido verificar la dirección.',
  'reason.UNABLE_TO_VALIDATE_DOCUMENT': 'No se ha podido validar el documento.',
  'reason.EXPIRED_DOCUMENT': 'El documento ha caducado.',
  'reason.USER_CANCELLED': 'Se ha cancelado la verificación.',
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

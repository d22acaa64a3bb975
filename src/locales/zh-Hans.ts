import type { ElementsStrings } from './keys.js';

/** The public elements' strings in Simplified Chinese (简体中文). */
export const zhHans: ElementsStrings = {
  'common.retry': '重试',
  'common.close': '关闭',
  'common.loading': '正在加载…',
  'error.network': '无法连接服务器。请检查网络连接后重试。',
  'error.timeout': '服务器响应超时。请重试。',
  'error.server': '我们的系统出现问题。请重试。',
  'error.badResponse': '无法读取服务器返回的响应。请重试。',
  'error.request': '无法完成此请求。',
  'error.unknown': '出现错误（{code}）。',
  'error.rate_limited': '您在短时间内发起了多次验证。请在 {seconds, plural, other {# 秒}}后重试。',
  'share.label': '使用 Yoti',
  'share.preparing': '正在生成安全二维码…',
  'share.wants': '{app} 希望查看：',
  'share.scan': '请使用 Yoti 应用扫描此二维码',
  'share.scanHint': '在手机上打开 Yoti 应用，然后点击“扫描”。',
  'share.qrAlt': '通过 Yoti 应用向 {app} 分享您信息的二维码',
  'share.refreshing': '正在获取新的二维码…',
  'share.cantScan': '无法扫描？请在手机上打开链接',
  'share.tap': '点击“分享信息”即可打开 Yoti 应用。',
  'share.shareDetails': '分享信息',
  'share.noApp': '还没有 Yoti 应用？我们会告诉您从哪里下载。',
  'share.contact': '联系 {app}',
  'share.privacy': '隐私政策',
  'share.howItWorks': '如何使用',
  'share.how.1': '使用 Yoti 应用扫描二维码，或在手机上点击“分享信息”。',
  'share.how.2': '应用会显示 {app} 请求的信息。',
  'share.how.3': '点击“允许”即可分享。未经您同意，Yoti 绝不会分享任何信息。',
  'share.how.more': '进一步了解 Yoti',
  'share.success': '信息已分享',
  'share.successBody': '谢谢，您可以返回 {app} 继续操作。',
  'share.expired': '此请求已过期',
  'share.expiredBody': '为保障您的安全，分享请求仅在几分钟内有效。',
  'share.failed': '分享未完成',
  'share.failedBody': '未向 {app} 分享任何信息。',
  'share.startAgain': '重新开始',
  'share.errorTitle': '无法开始分享',
  'share.secured': '由 Yoti 提供安全保障',
  'error.yoti_invalid_payload': 'Yoti 无法接受此网站的请求。请稍后重试。',
  'error.yoti_unknown_attribute': '此网站向 Yoti 请求了一项 Yoti 无法识别的信息。请告知该网站。',
  'error.yoti_service_disabled': '此网站的 Yoti 服务已关闭。请选择其他方式继续。',
  'error.yoti_no_organisation': '此网站尚未完成 Yoti 设置。请选择其他方式继续。',
  'error.yoti_organisation_not_verified': '此网站所属机构尚未通过 Yoti 验证。请选择其他方式继续。',
  'error.yoti_third_party_request_not_allowed': '此网站无权请求其中某项信息。请告知该网站。',
  'error.yoti_third_party_issue_not_allowed': '此网站无权向您签发其中某项信息。请告知该网站。',
  'attr.full_name': '姓名',
  'attr.given_names': '名',
  'attr.family_name': '姓',
  'attr.date_of_birth': '出生日期',
  'attr.age_over': '{age} or over', // TRANSLATE (changed)
  'attr.age_under': '{age} 岁以下',
  'attr.gender': '性别',
  'attr.nationality': '国籍',
  'attr.phone_number': '手机号码',
  'attr.email_address': '电子邮箱地址',
  'attr.postal_address': '地址',
  'attr.structured_postal_address': '地址',
  'attr.selfie': '照片',
  'attr.document_details': '证件信息',
  'attr.document_images': '证件图片',
  'docscan.title': '身份验证',
  'docscan.loading': '正在加载身份验证…',
  'docscan.success.title': '谢谢',
  'docscan.success.body': '您的证件已提交。我们会将结果通知您。',
  'docscan.error.title': '无法完成您的身份验证',
  'docscan.expired.title': '您的会话已过期',
  'docscan.restart': '重新开始',
  'docscan.frameTimeout': '身份验证未能加载。请检查网络连接后重试。',
  'docscan.noSession': '此页面未获得身份验证会话。',
  'docscan.badApiUrl': '此页面的身份验证配置有误（api-url）。',
  'idv.1000': '身份验证已取消。',
  'idv.2000': '此身份验证已失去授权。请重新开始。',
  'idv.2001': '找不到此身份验证。请重新开始。',
  'idv.2002': '此身份验证已过期。请重新开始。',
  'idv.2003': '此身份验证缺少访问令牌。',
  'idv.2004': '此身份验证缺少会话。',
  'idv.3000': '身份验证服务暂时不可用。请稍后重试。',
  'idv.3001': '网络错误导致身份验证中断。请重试。',
  'idv.3002': '您已离线。请重新连接网络后重试。',
  'idv.4000': '相机访问被拒绝。请在浏览器设置中允许使用相机，然后继续。',
  'idv.4001': '证件不匹配，或尝试次数过多。',
  'idv.5000': '未检测到相机，且此验证不允许上传照片。',
  'idv.5001': '不支持此浏览器。请使用最新版本的 Chrome、Safari、Firefox 或 Edge。',
  'idv.5002': '活体检测的尝试次数已用完。',
  'idv.5004': '身份验证过程中出现问题。请重试。',
  'idv.5006': '活体检测未能完成。请重试。',
  'idv.5007': '在 iPhone 和 iPad 上，请使用 Safari 打开此页面。',
  'idv.5008': '不支持此身份验证的配置。',
  'idv.5010': '相机出现故障，且没有其他方式可以继续。',
  'idv.5011': '您的相机分辨率过低，无法完成此验证。',
  'idv.7000': '您没有此验证所需的证件。',
  'error.link_used': '此链接已在其他设备上打开。',
  'error.link_expired': '此链接已过期。',
  'status.heading': '身份验证',
  'status.loading': '正在查询您的验证状态…',
  'status.outcome.PENDING': '正在核查您的证件',
  'status.outcome.PENDING.body': '通常需要一两分钟。此页面会自动更新。',
  'status.outcome.REVIEW': '您的证件正在审核中',
  'status.outcome.REVIEW.body': '工作人员正在查看您的证件。我们会将结果通知您。',
  'status.outcome.APPROVED': '身份已验证',
  'status.outcome.APPROVED.body': '谢谢。您的身份已确认。',
  'status.outcome.REJECTED': '我们无法验证您的身份',
  'status.outcome.REJECTED.body': '您可以重试，或联系我们了解其他继续方式。',
  'status.outcome.EXPIRED': '此验证已过期',
  'status.outcome.EXPIRED.body': '验证在完成前已过期。您可以重新开始。',
  'status.checks': '检查项',
  'status.check.pending': '待处理',
  'status.recommendation.APPROVE': '已通过',
  'status.recommendation.REJECT': '未通过',
  'status.recommendation.NOT_AVAILABLE': '未检查',
  'status.reason': '原因：{reason}',
  'status.unreachable': '无法获取此验证的状态。',
  'status.reconnecting': '正在重新连接…',
  'status.announce': '验证状态：{outcome}。',
  'status.noSession': '此页面未获得验证会话。',
  'check.ID_DOCUMENT_AUTHENTICITY': '证件真实性',
  'check.ID_DOCUMENT_FACE_MATCH': '人证比对',
  'check.LIVENESS': '活体检测',
  'check.ID_DOCUMENT_TEXT_DATA_CHECK': '文字提取',
  'check.ID_DOCUMENT_COMPARISON': '证件比对',
  'check.SUPPLEMENTARY_DOCUMENT_TEXT_DATA_CHECK': '辅助证明文件文字提取',
  'check.WATCHLIST_SCREENING': '观察名单筛查',
  'check.WATCHLIST_ADVANCED_CA': '高级观察名单筛查',
  'check.FACE_COMPARISON': '人脸比对',
  'check.THIRD_PARTY_IDENTITY': '第三方身份核验',
  'reason.MANDATORY_DOCUMENT_COULD_NOT_BE_PROVIDED': '未能提供必需的证件。',
  'reason.FRAUD_DETECTED': '检测到可能的欺诈风险。',
  'reason.COULD_NOT_VERIFY_ADDRESS': '无法验证地址。',
  'reason.UNABLE_TO_VALIDATE_DOCUMENT': '无法确认证件的有效性。',
  'reason.EXPIRED_DOCUMENT': '证件已过期。',
  'reason.USER_CANCELLED': '验证已取消。',
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

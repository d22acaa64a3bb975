import type { ElementsStrings } from './keys.js';

/** The public elements' strings in Japanese (日本語). */
export const ja: ElementsStrings = {
  'common.retry': '再試行',
  'common.close': '閉じる',
  'common.loading': '読み込み中…',
  'error.network': 'サーバーに接続できませんでした。通信環境をご確認のうえ、もう一度お試しください。',
  'error.timeout': 'サーバーの応答に時間がかかっています。もう一度お試しください。',
  'error.server': '当社側で問題が発生しました。もう一度お試しください。',
  'error.badResponse': 'サーバーから読み取れない応答が返されました。もう一度お試しください。',
  'error.request': 'このリクエストを完了できませんでした。',
  'error.unknown': '問題が発生しました（{code}）。',
  'error.rate_limited':
    '短時間に複数回の確認が開始されました。{seconds, plural, other {#秒}}後にもう一度お試しください。',
  'share.label': 'Yotiを利用する',
  'share.preparing': '安全なコードを準備しています…',
  'share.wants': '{app}が次の情報を求めています：',
  'share.scan': 'Yotiアプリでこのコードをスキャンしてください',
  'share.scanHint': 'スマートフォンでYotiアプリを開き、「スキャン」をタップしてください。',
  'share.qrAlt': 'Yotiアプリで{app}に情報を共有するためのQRコード',
  'share.refreshing': '新しいコードを取得しています…',
  'share.cantScan': 'スキャンできない場合は、スマートフォンでリンクを開いてください',
  'share.tap': '「情報を共有」をタップすると、Yotiアプリが開きます。',
  'share.shareDetails': '情報を共有',
  'share.noApp': 'Yotiアプリをお持ちでない場合は、入手方法をご案内します。',
  'share.contact': '{app}へのお問い合わせ',
  'share.privacy': 'プライバシーポリシー',
  'share.howItWorks': 'ご利用の流れ',
  'share.how.1': 'Yotiアプリでコードをスキャンするか、スマートフォンで「情報を共有」をタップします。',
  'share.how.2': '{app}が求めている情報がアプリに表示されます。',
  'share.how.3':
    '「許可」をタップすると情報が共有されます。お客様の同意なしにYotiが情報を共有することはありません。',
  'share.how.more': 'Yotiについて詳しく見る',
  'share.success': '情報を共有しました',
  'share.successBody': 'ありがとうございます。{app}で手続きを続けてください。',
  'share.expired': 'このリクエストは有効期限が切れました',
  'share.expiredBody': 'セキュリティ保護のため、共有リクエストの有効期間は数分間です。',
  'share.failed': '共有は完了しませんでした',
  'share.failedBody': '{app}には何も共有されていません。',
  'share.startAgain': '最初からやり直す',
  'share.errorTitle': '共有を開始できませんでした',
  'share.secured': 'Yotiで保護されています',
  'error.yoti_invalid_payload':
    'Yotiがこのサイトからのリクエストを受け付けられませんでした。しばらくしてからもう一度お試しください。',
  'error.yoti_unknown_attribute':
    'このサイトは、Yotiが扱っていない情報をYotiに求めました。お手数ですが、サイトにお知らせください。',
  'error.yoti_service_disabled':
    'このサイトのYotiサービスは無効になっています。別の方法で手続きを続けてください。',
  'error.yoti_no_organisation':
    'このサイトはまだYotiの設定が完了していません。別の方法で手続きを続けてください。',
  'error.yoti_organisation_not_verified':
    'このサイトの運営組織は、まだYotiによる確認が済んでいません。別の方法で手続きを続けてください。',
  'error.yoti_third_party_request_not_allowed':
    'このサイトには、これらの情報の一部を求める権限がありません。お手数ですが、サイトにお知らせください。',
  'error.yoti_third_party_issue_not_allowed':
    'このサイトには、これらの情報の一部をお客様に発行する権限がありません。お手数ですが、サイトにお知らせください。',
  'attr.full_name': '氏名',
  'attr.given_names': '名',
  'attr.family_name': '姓',
  'attr.date_of_birth': '生年月日',
  'attr.age_over': '{age} or over', // TRANSLATE (changed)
  'attr.age_under': '{age}歳未満',
  'attr.gender': '性別',
  'attr.nationality': '国籍',
  'attr.phone_number': '携帯電話番号',
  'attr.email_address': 'メールアドレス',
  'attr.postal_address': '住所',
  'attr.structured_postal_address': '住所',
  'attr.selfie': '写真',
  'attr.document_details': '本人確認書類の詳細',
  'attr.document_images': '本人確認書類の画像',
  'docscan.title': '本人確認',
  'docscan.loading': '本人確認を読み込んでいます…',
  'docscan.success.title': 'ありがとうございました',
  'docscan.success.body': '書類を送信しました。結果は追ってお知らせします。',
  'docscan.error.title': '本人確認を完了できませんでした',
  'docscan.expired.title': 'セッションの有効期限が切れました',
  'docscan.restart': '最初からやり直す',
  'docscan.frameTimeout': '本人確認を読み込めませんでした。通信環境をご確認のうえ、もう一度お試しください。',
  'docscan.noSession': 'このページに本人確認のセッションが渡されていません。',
  'docscan.badApiUrl': 'このページの本人確認の設定が正しくありません（api-url）。',
  'idv.1000': '本人確認をキャンセルしました。',
  'idv.2000': 'この本人確認の認可が無効になりました。最初からやり直してください。',
  'idv.2001': 'この本人確認が見つかりませんでした。最初からやり直してください。',
  'idv.2002': 'この本人確認は有効期限が切れました。最初からやり直してください。',
  'idv.2003': 'この本人確認のアクセストークンがありません。',
  'idv.2004': 'この本人確認のセッションがありません。',
  'idv.3000': '現在、本人確認サービスをご利用いただけません。しばらくしてからもう一度お試しください。',
  'idv.3001': 'ネットワークエラーにより本人確認が中断されました。もう一度お試しください。',
  'idv.3002': 'オフラインになっています。ネットワークに再接続して、もう一度お試しください。',
  'idv.4000':
    'カメラへのアクセスが拒否されました。続けるには、ブラウザの設定でカメラへのアクセスを許可してください。',
  'idv.4001': '書類が一致しなかったか、試行回数の上限に達しました。',
  'idv.5000': 'カメラが見つかりません。また、この確認では写真のアップロードが許可されていません。',
  'idv.5001':
    'このブラウザには対応していません。Chrome、Safari、Firefox、Edgeのいずれかの最新版をご利用ください。',
  'idv.5002': '生体検知の試行回数が上限に達しました。',
  'idv.5004': '本人確認中に問題が発生しました。もう一度お試しください。',
  'idv.5006': '生体検知を完了できませんでした。もう一度お試しください。',
  'idv.5007': 'iPhone・iPadでは、このページをSafariで開いてください。',
  'idv.5008': 'この本人確認の設定には対応していません。',
  'idv.5010': 'カメラが動作せず、ほかに続ける方法がありません。',
  'idv.5011': 'お使いのカメラの解像度が、この確認に必要な水準に達していません。',
  'idv.7000': 'この確認に必要な書類をお持ちでないため、続けることができません。',
  'error.link_used': 'このリンクは別の端末で開かれています。',
  'error.link_expired': 'このリンクは有効期限が切れています。',
  'status.heading': '本人確認',
  'status.loading': '確認状況を取得しています…',
  'status.outcome.PENDING': '書類を確認しています',
  'status.outcome.PENDING.body': '通常1〜2分ほどかかります。このページは自動的に更新されます。',
  'status.outcome.REVIEW': '書類を審査しています',
  'status.outcome.REVIEW.body': '担当者が書類を確認しています。結果は追ってお知らせします。',
  'status.outcome.APPROVED': '本人確認が完了しました',
  'status.outcome.APPROVED.body': 'ありがとうございます。ご本人であることを確認しました。',
  'status.outcome.REJECTED': '本人確認ができませんでした',
  'status.outcome.REJECTED.body':
    'もう一度お試しいただくか、別の方法での手続きについてお問い合わせください。',
  'status.outcome.EXPIRED': 'この本人確認は有効期限が切れました',
  'status.outcome.EXPIRED.body': '完了前に有効期限が切れました。最初からやり直すことができます。',
  'status.checks': '確認項目',
  'status.check.pending': '確認待ち',
  'status.recommendation.APPROVE': '確認済み',
  'status.recommendation.REJECT': '確認できませんでした',
  'status.recommendation.NOT_AVAILABLE': '未確認',
  'status.reason': '理由：{reason}',
  'status.unreachable': 'この本人確認の状況を取得できませんでした。',
  'status.reconnecting': '再接続しています…',
  'status.announce': '本人確認の状況：{outcome}。',
  'status.noSession': 'このページに確認セッションが渡されていません。',
  'check.ID_DOCUMENT_AUTHENTICITY': '書類の真正性',
  'check.ID_DOCUMENT_FACE_MATCH': '書類の顔写真との照合',
  'check.LIVENESS': '生体検知',
  'check.ID_DOCUMENT_TEXT_DATA_CHECK': '文字情報の読み取り',
  'check.ID_DOCUMENT_COMPARISON': '書類間の照合',
  'check.SUPPLEMENTARY_DOCUMENT_TEXT_DATA_CHECK': '補足書類の文字情報の読み取り',
  'check.WATCHLIST_SCREENING': 'ウォッチリスト照合',
  'check.WATCHLIST_ADVANCED_CA': '高度なウォッチリスト照合',
  'check.FACE_COMPARISON': '顔の比較',
  'check.THIRD_PARTY_IDENTITY': '第三者機関による本人確認',
  'reason.MANDATORY_DOCUMENT_COULD_NOT_BE_PROVIDED': '必要な書類が提出されませんでした。',
  'reason.FRAUD_DETECTED': '不正の可能性が検出されました。',
  'reason.COULD_NOT_VERIFY_ADDRESS': '住所を確認できませんでした。',
  'reason.UNABLE_TO_VALIDATE_DOCUMENT': '書類の有効性を確認できませんでした。',
  'reason.EXPIRED_DOCUMENT': '書類の有効期限が切れています。',
  'reason.USER_CANCELLED': '本人確認がキャンセルされました。',
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

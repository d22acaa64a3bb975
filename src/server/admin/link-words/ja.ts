import type { LinkWords } from './index.js';

/** The link page's words in Japanese (日本語). */
export const ja: LinkWords = {
  title: 'ご本人確認のお願い',
  intro:
    '{app}より、ご本人確認をお願いしています。本人確認書類の写真を撮影したあと、短いセルフィー動画を撮影してください。',
  privacy: '写真はYotiに送信され、{app}に代わってYotiが確認します。',
  noScript: '本人確認を行うには、このページでJavaScriptを有効にする必要があります。',
  gone: 'このリンクはご利用いただけません',
  link_not_found:
    'このリンクは無効です。リンク全体をコピーしたかご確認いただくか、{app}に新しいリンクをご依頼ください。',
  link_expired: 'このリンクは有効期限が切れています。{app}に新しいリンクをご依頼ください。',
  link_revoked: 'このリンクは取り消されました。引き続き必要な場合は、{app}に新しいリンクをご依頼ください。',
};

import type { LinkWords } from './index.js';

/** The link page's words in Simplified Chinese (简体中文). */
export const zhHans: LinkWords = {
  title: '验证您的身份',
  intro: '{app} 需要确认您的身份：请先拍摄您的身份证件照片，再录制一段简短的自拍视频。',
  privacy: '您的照片将发送给 Yoti，由 Yoti 代表 {app} 进行核查。',
  noScript: '此页面需要启用 JavaScript 才能进行身份验证。',
  gone: '此链接无法使用',
  link_not_found: '此链接无效。请确认已复制完整链接，或向 {app} 索取新链接。',
  link_expired: '此链接已过期。请向 {app} 索取新链接。',
  link_revoked: '此链接已被撤回。如仍有需要，请向 {app} 索取新链接。',
};

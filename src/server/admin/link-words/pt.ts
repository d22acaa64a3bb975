import type { LinkWords } from './index.js';

/** The link page's words in Portuguese (português). TRANSLATE: every value below is still English. */
export const pt: LinkWords = {
  title: 'Verify your identity',
  intro: '{app} asks you to confirm who you are: a photo of your ID document, then a short selfie video.',
  privacy: 'Your photos go to Yoti, who checks them for {app}.',
  noScript: 'This page needs JavaScript to run the identity check.',
  gone: 'This link cannot be used',
  link_not_found: 'This link is not valid. Check that you copied all of it, or ask {app} for a new one.',
  link_expired: 'This link has expired. Ask {app} for a new one.',
  link_revoked: 'This link was withdrawn. Ask {app} for a new one if you still need it.',
};

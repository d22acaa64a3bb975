// The test tools are servers on this machine too (issue 22): the static server that serves the
// built Storybook serves its folder and nothing beside it, and never dies on a malformed path.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileFor } from '../support/serve-static.mjs';

describe('the static file server of the e2e tests', () => {
  const root = '/srv/storybook-static';
  for (const [path, expected] of [
    ['/', '/srv/storybook-static/index.html'],
    ['/iframe.html?id=x', '/srv/storybook-static/iframe.html'],
    ['/assets/a%20b.js', '/srv/storybook-static/assets/a b.js'],
    ['/../storybook-static-other/secret', '/srv/storybook-static/storybook-static-other/secret'],
  ] as const) {
    it(`serves ${path} from inside its folder`, () => assert.equal(fileFor(root, path), expected));
  }
  for (const [what, path] of [
    ['an encoded ../ into a sibling folder', '/..%2fstorybook-static-other/secret'],
    ['an encoded ../ out of the folder', '/..%2f..%2fetc/passwd'],
    ['a malformed % escape', '/%E0%A4%A'],
    ['a NUL byte', '/index.html%00.js'],
  ] as const) {
    it(`refuses ${what}`, () => assert.equal(fileFor(root, path), undefined));
  }
});

// Vue 3 with vue-tsc, as docs/frameworks.md's Vue section shows it: the tags' props and listeners are
// checked in templates through yoti-elements/types/vue; a wrong one fails; vite builds the app.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { failsWithFile, inApp, makeApp } from './support.js';

describe('Vue', () => {
  let dir: string;
  before(() => {
    dir = makeApp('vue');
  });

  it('type-checks the tags with vue-tsc, and builds', () => {
    inApp(dir, 'npx', ['vue-tsc', '--noEmit', '-p', '.']);
    const built = inApp(dir, 'npx', ['vite', 'build']);
    assert.doesNotMatch(built, /warning|\(!\)/i, built);
  });

  it('rejects a wrong prop or event detail in vue-tsc', () => {
    const said = failsWithFile(
      dir,
      'src/Wrong.vue',
      [
        '<script setup lang="ts"></script>',
        '<template>',
        '  <yoti-share-button flow="sideways" />',
        '  <yoti-idv-status poll-interval="soon" />',
        '  <yoti-share-button @yoti-success="(event) => event.detail.code" />',
        '  <yoti-share-button flow="modal" session-id="abc" @yoti-error="(event) => event.detail.retryable" />',
        '</template>',
        '',
      ].join('\n'),
      'npx',
      ['vue-tsc', '--noEmit', '-p', '.'],
    );
    assert.match(said, /Wrong\.vue\(3,\d+\): error TS2322: Type '"sideways"' is not assignable/);
    assert.match(said, /Wrong\.vue\(4,\d+\): error TS2322: Type 'string' is not assignable to type 'number'/);
    assert.match(said, /Wrong\.vue\(5,\d+\): error TS2339: Property 'code' does not exist/);
    assert.doesNotMatch(said, /Wrong\.vue\(6,/);
  });
});

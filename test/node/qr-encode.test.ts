// The share button's QR encoder, checked module for module against the `qrcode` package (byte mode,
// level M) at both ends of every version's capacity, for every mask and for the mask it picks.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { M } from 'qrcode/lib/core/error-correction-level.js';
import { create } from 'qrcode/lib/core/qrcode.js';
import { getCapacity } from 'qrcode/lib/core/version.js';
import { encodeQr } from '../../src/elements/share-button/qr-encode.js';

const bytes = (text: string) => new TextEncoder().encode(text).length;

/** The most bytes each version holds at level M, as the reference counts them. */
const capacities = () => Array.from({ length: 40 }, (_, index) => getCapacity(index + 1, M));

/** A URI-like text of `length` bytes, mixing characters so that every mask scores differently. */
function uriOf(length: number, seed: number): string {
  const alphabet = 'https://code.yoti.com/CAEaJDRjNDQ4?a=1&b=%2F-_~.0123456789ABCXYZ';
  let text = '';
  for (let i = 0; i < length; i++) text += alphabet[(i * 31 + seed * 7 + ((i * i) >> 3)) % alphabet.length];
  return text;
}

function reference(text: string, maskPattern?: number) {
  const symbol = create([{ data: text, mode: 'byte' }], {
    errorCorrectionLevel: 'M',
    ...(maskPattern === undefined ? {} : { maskPattern: maskPattern as 0 }),
  });
  return { version: symbol.version, mask: symbol.maskPattern, modules: Uint8Array.from(symbol.modules.data) };
}

describe('QR encoder', () => {
  const limits = capacities();

  it('holds what the reference holds: 40 versions up to 2331 bytes', () => {
    assert.equal(limits.length, 40);
    assert.equal(limits[0], 14);
    assert.equal(limits[39], 2331);
  });

  it('matches the reference at each end of every version, for every mask', () => {
    let checked = 0;
    for (let version = 1; version <= 40; version++) {
      const lengths = [limits[version - 1], version === 1 ? 1 : limits[version - 2] + 1];
      for (const [n, length] of lengths.entries()) {
        const text = uriOf(length, version * 2 + n);
        for (let mask = 0; mask < 8; mask++) {
          const mine = encodeQr(text, mask);
          const theirs = reference(text, mask);
          assert.equal(mine.version, version, `${length} bytes -> version ${version}`);
          assert.equal(mine.size, version * 4 + 17);
          assert.deepEqual(mine.modules, theirs.modules, `version ${version}, ${length} bytes, mask ${mask}`);
          checked++;
        }
      }
    }
    assert.equal(checked, 40 * 2 * 8);
  });

  it('picks the mask the reference picks', () => {
    const picked = new Set<number>();
    for (let length = 1; length <= 600; length += 7) {
      const text = uriOf(length, length);
      const mine = encodeQr(text);
      const theirs = reference(text);
      assert.equal(mine.mask, theirs.mask, `${length} bytes`);
      assert.deepEqual(mine.modules, theirs.modules, `${length} bytes`);
      picked.add(mine.mask);
    }
    assert.ok(picked.size >= 6, `the inputs exercise most masks (${[...picked]})`);
  });

  it('encodes text as UTF-8 bytes', () => {
    const text = 'https://example.com/é€😀?name=Zoë';
    assert.ok(bytes(text) > text.length, 'multi-byte characters');
    assert.deepEqual(encodeQr(text).modules, reference(text).modules);
  });

  it('refuses text that no version holds', () => {
    assert.doesNotThrow(() => encodeQr('a'.repeat(2331)));
    assert.throws(() => encodeQr('a'.repeat(2332)), RangeError);
  });
});

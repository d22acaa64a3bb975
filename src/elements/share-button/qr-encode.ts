/**
 * A QR code encoder cut to what Yoti's share codes need (ISO/IEC 18004): byte mode (UTF-8),
 * error correction level M, the smallest version (1–40) that holds the text, and the mask with
 * the lowest penalty. Under 2 kB gzipped, where the `qrcode` package's encoder is 8 kB because
 * it also optimises numeric, alphanumeric and kanji segments. Tests check it module for module
 * against `qrcode` over every version and mask.
 */

/** Error correction M, versions 1–40: codewords per block, and number of blocks. */
const ECC_PER_BLOCK = [
  10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28,
  28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28,
];
const BLOCKS = [
  1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29,
  31, 33, 35, 37, 38, 40, 43, 45, 47, 49,
];

/** A QR symbol: `size` × `size` modules, row by row, 1 for dark. */
export interface QrMatrix {
  size: number;
  modules: Uint8Array;
  version: number;
  mask: number;
}

/** All the codewords of a version: its modules less the function patterns, in bytes. */
function totalCodewords(version: number): number {
  let bits = (16 * version + 128) * version + 64;
  if (version > 1) {
    const count = Math.floor(version / 7) + 2;
    bits -= (25 * count - 10) * count - 55;
    if (version > 6) bits -= 36;
  }
  return bits >> 3;
}

/** Multiplication in GF(2^8) modulo x^8 + x^4 + x^3 + x^2 + 1. */
function gfMultiply(x: number, y: number): number {
  let z = 0;
  for (let i = 7; i >= 0; i--) {
    z = (z << 1) ^ ((z >>> 7) * 0x11d);
    z ^= ((y >>> i) & 1) * x;
  }
  return z;
}

/** The Reed–Solomon error correction codewords of `data`. */
function reedSolomon(data: Uint8Array, degree: number): number[] {
  const divisor: number[] = new Array(degree).fill(0);
  divisor[degree - 1] = 1;
  let root = 1;
  for (let i = 0; i < degree; i++) {
    for (let j = 0; j < degree; j++) {
      divisor[j] = gfMultiply(divisor[j], root) ^ (divisor[j + 1] ?? 0);
    }
    root = gfMultiply(root, 2);
  }
  const remainder: number[] = new Array(degree).fill(0);
  for (const byte of data) {
    const factor = byte ^ (remainder.shift() as number);
    remainder.push(0);
    for (let i = 0; i < degree; i++) remainder[i] ^= gfMultiply(divisor[i], factor);
  }
  return remainder;
}

/** The data codewords then the error correction codewords, interleaved across blocks. */
function codewords(bytes: Uint8Array, version: number, dataCount: number): number[] {
  const bits: number[] = [];
  const put = (value: number, length: number) => {
    for (let i = length - 1; i >= 0; i--) bits.push((value >>> i) & 1);
  };
  put(0b0100, 4);
  put(bytes.length, version < 10 ? 8 : 16);
  for (const byte of bytes) put(byte, 8);
  // Terminator, then padding to a whole byte (byte mode always leaves at least 4 bits free).
  if (bits.length < dataCount * 8) put(0, 4);
  const data = new Uint8Array(dataCount);
  for (let i = 0; i < bits.length >> 3; i++) {
    for (let j = 0; j < 8; j++) data[i] |= bits[i * 8 + j] << (7 - j);
  }
  for (let i = bits.length >> 3, pad = 0xec; i < dataCount; i++, pad ^= 0xec ^ 0x11) data[i] = pad;

  const total = totalCodewords(version);
  const blocks = BLOCKS[version - 1];
  const ecc = ECC_PER_BLOCK[version - 1];
  const shortBlocks = blocks - (total % blocks);
  const shortData = Math.floor(total / blocks) - ecc;
  const dataBlocks: Uint8Array[] = [];
  const eccBlocks: number[][] = [];
  for (let b = 0, offset = 0; b < blocks; b++) {
    const length = shortData + (b < shortBlocks ? 0 : 1);
    const block = data.subarray(offset, offset + length);
    offset += length;
    dataBlocks.push(block);
    eccBlocks.push(reedSolomon(block, ecc));
  }
  const result: number[] = [];
  for (let i = 0; i <= shortData; i++) {
    for (const block of dataBlocks) if (i < block.length) result.push(block[i]);
  }
  for (let i = 0; i < ecc; i++) for (const block of eccBlocks) result.push(block[i]);
  return result;
}

const MASKS: ((row: number, col: number) => boolean)[] = [
  (r, c) => (r + c) % 2 === 0,
  (r) => r % 2 === 0,
  (_r, c) => c % 3 === 0,
  (r, c) => (r + c) % 3 === 0,
  (r, c) => (Math.floor(r / 2) + Math.floor(c / 3)) % 2 === 0,
  (r, c) => ((r * c) % 2) + ((r * c) % 3) === 0,
  (r, c) => (((r * c) % 2) + ((r * c) % 3)) % 2 === 0,
  (r, c) => (((r * c) % 3) + ((r + c) % 2)) % 2 === 0,
];

/**
 * The penalty of a masked symbol (N1 runs, N2 blocks, N3 finder-like patterns, N4 dark balance),
 * scored as the `qrcode` package scores it, so both pick the same mask.
 */
function penalty(modules: Uint8Array, size: number): number {
  let points = 0;
  let dark = 0;
  for (let i = 0; i < size; i++) {
    for (const across of [true, false]) {
      let run = 0;
      let last = -1;
      let window = 0;
      for (let j = 0; j < size; j++) {
        const module = across ? modules[i * size + j] : modules[j * size + i];
        if (module === last) {
          run++;
        } else {
          if (run >= 5) points += run - 2;
          last = module;
          run = 1;
        }
        window = ((window << 1) & 0x7ff) | module;
        if (j >= 10 && (window === 0x5d0 || window === 0x05d)) points += 40;
      }
      if (run >= 5) points += run - 2;
    }
    for (let j = 0; j < size; j++) {
      const at = i * size + j;
      dark += modules[at];
      if (i < size - 1 && j < size - 1) {
        const block = modules[at] + modules[at + 1] + modules[at + size] + modules[at + size + 1];
        if (block === 0 || block === 4) points += 3;
      }
    }
  }
  return points + Math.abs(Math.ceil((dark * 100) / (size * size) / 5) - 10) * 10;
}

/**
 * Encodes `text` as a QR symbol. Throws a RangeError when it does not fit the largest version
 * (2331 bytes at level M). `mask` forces a mask pattern (0–7), for tests.
 */
export function encodeQr(text: string, mask?: number): QrMatrix {
  const bytes = new TextEncoder().encode(text);
  let version = 1;
  let dataCount = 0;
  for (; version <= 40; version++) {
    dataCount = totalCodewords(version) - ECC_PER_BLOCK[version - 1] * BLOCKS[version - 1];
    if (4 + (version < 10 ? 8 : 16) + bytes.length * 8 <= dataCount * 8) break;
  }
  if (version > 40) throw new RangeError('The text is too long for a QR code');

  const size = version * 4 + 17;
  const modules = new Uint8Array(size * size);
  const reserved = new Uint8Array(size * size);
  const set = (row: number, col: number, dark: number | boolean) => {
    modules[row * size + col] = dark ? 1 : 0;
    reserved[row * size + col] = 1;
  };

  // Finder patterns with their separators, then timing patterns, then alignment patterns.
  for (const [top, left] of [
    [0, 0],
    [0, size - 7],
    [size - 7, 0],
  ]) {
    for (let r = -1; r <= 7; r++) {
      for (let c = -1; c <= 7; c++) {
        const distance = Math.max(Math.abs(r - 3), Math.abs(c - 3));
        if (top + r >= 0 && top + r < size && left + c >= 0 && left + c < size) {
          set(top + r, left + c, distance !== 2 && distance !== 4);
        }
      }
    }
  }
  for (let i = 8; i < size - 8; i++) {
    set(i, 6, i % 2 === 0);
    set(6, i, i % 2 === 0);
  }
  if (version > 1) {
    const count = Math.floor(version / 7) + 2;
    const step = version === 32 ? 26 : Math.ceil((size - 13) / (2 * count - 2)) * 2;
    const positions = [6];
    for (let at = size - 7; positions.length < count; at -= step) positions.splice(1, 0, at);
    for (const row of positions) {
      for (const col of positions) {
        if ((row === 6 && (col === 6 || col === size - 7)) || (row === size - 7 && col === 6)) continue;
        for (let r = -2; r <= 2; r++) {
          for (let c = -2; c <= 2; c++) set(row + r, col + c, Math.max(Math.abs(r), Math.abs(c)) !== 1);
        }
      }
    }
  }

  const drawFormat = (pattern: number) => {
    let remainder = pattern;
    for (let i = 0; i < 10; i++) remainder = (remainder << 1) ^ ((remainder >>> 9) * 0x537);
    const bits = ((pattern << 10) | remainder) ^ 0x5412;
    for (let i = 0; i < 15; i++) {
      const bit = (bits >>> i) & 1;
      set(i < 6 ? i : i < 8 ? i + 1 : size - 15 + i, 8, bit);
      set(8, i < 8 ? size - i - 1 : i < 9 ? 15 - i : 14 - i, bit);
    }
    set(size - 8, 8, 1);
  };
  drawFormat(0);
  if (version > 6) {
    let remainder = version;
    for (let i = 0; i < 12; i++) remainder = (remainder << 1) ^ ((remainder >>> 11) * 0x1f25);
    const bits = (version << 12) | remainder;
    for (let i = 0; i < 18; i++) {
      const a = Math.floor(i / 3);
      const b = (i % 3) + size - 11;
      set(a, b, (bits >>> i) & 1);
      set(b, a, (bits >>> i) & 1);
    }
  }

  // Data in two-module columns, zigzagging up and down from the bottom right, skipping column 6.
  const data = codewords(bytes, version, dataCount);
  let bit = 0;
  for (let right = size - 1, upward = true; right > 0; right -= 2, upward = !upward) {
    if (right === 6) right = 5;
    for (let step = 0; step < size; step++) {
      const row = upward ? size - 1 - step : step;
      for (const col of [right, right - 1]) {
        if (reserved[row * size + col]) continue;
        modules[row * size + col] = ((data[bit >> 3] ?? 0) >>> (7 - (bit & 7))) & 1;
        bit++;
      }
    }
  }

  const applyMask = (pattern: number) => {
    for (let row = 0; row < size; row++) {
      for (let col = 0; col < size; col++) {
        if (!reserved[row * size + col] && MASKS[pattern](row, col)) modules[row * size + col] ^= 1;
      }
    }
  };
  let chosen = mask ?? 0;
  if (mask === undefined) {
    let lowest = Number.POSITIVE_INFINITY;
    for (let pattern = 0; pattern < 8; pattern++) {
      drawFormat(pattern);
      applyMask(pattern);
      const points = penalty(modules, size);
      applyMask(pattern);
      if (points < lowest) {
        lowest = points;
        chosen = pattern;
      }
    }
  }
  applyMask(chosen);
  drawFormat(chosen);
  return { size, modules, version, mask: chosen };
}

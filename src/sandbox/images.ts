import { deflateSync } from 'node:zlib';

/**
 * The sandbox's pictures: small PNGs made at run time (nothing big ships in the package), each
 * plainly marked SANDBOX with what it stands for ("PASSPORT FRONT", "SELFIE", ...), so that no one
 * mistakes one for a real document or face. Used for document pages, ID photos, liveness frames,
 * selfies and document images in receipts.
 */

const WIDTH = 240;
const HEIGHT = 150;

/** A 5×7 bitmap font, each glyph as 7 rows of 5 bits. */
const GLYPHS: Record<string, number[]> = {
  A: [14, 17, 17, 31, 17, 17, 17],
  B: [30, 17, 17, 30, 17, 17, 30],
  C: [14, 17, 16, 16, 16, 17, 14],
  D: [30, 17, 17, 17, 17, 17, 30],
  E: [31, 16, 16, 30, 16, 16, 31],
  F: [31, 16, 16, 30, 16, 16, 16],
  G: [14, 17, 16, 23, 17, 17, 15],
  H: [17, 17, 17, 31, 17, 17, 17],
  I: [14, 4, 4, 4, 4, 4, 14],
  J: [7, 2, 2, 2, 2, 18, 12],
  K: [17, 18, 20, 24, 20, 18, 17],
  L: [16, 16, 16, 16, 16, 16, 31],
  M: [17, 27, 21, 21, 17, 17, 17],
  N: [17, 17, 25, 21, 19, 17, 17],
  O: [14, 17, 17, 17, 17, 17, 14],
  P: [30, 17, 17, 30, 16, 16, 16],
  Q: [14, 17, 17, 17, 21, 18, 13],
  R: [30, 17, 17, 30, 20, 18, 17],
  S: [15, 16, 16, 14, 1, 1, 30],
  T: [31, 4, 4, 4, 4, 4, 4],
  U: [17, 17, 17, 17, 17, 17, 14],
  V: [17, 17, 17, 17, 17, 10, 4],
  W: [17, 17, 17, 21, 21, 21, 10],
  X: [17, 17, 10, 4, 10, 17, 17],
  Y: [17, 17, 10, 4, 4, 4, 4],
  Z: [31, 1, 2, 4, 8, 16, 31],
  '0': [14, 17, 19, 21, 25, 17, 14],
  '1': [4, 12, 4, 4, 4, 4, 14],
  '2': [14, 17, 1, 2, 4, 8, 31],
  '3': [31, 2, 4, 2, 1, 17, 14],
  '4': [2, 6, 10, 18, 31, 2, 2],
  '5': [31, 16, 30, 1, 1, 17, 14],
  '6': [6, 8, 16, 30, 17, 17, 14],
  '7': [31, 1, 2, 4, 8, 8, 8],
  '8': [14, 17, 17, 14, 17, 17, 14],
  '9': [14, 17, 17, 15, 1, 2, 12],
  '-': [0, 0, 0, 31, 0, 0, 0],
  ' ': [0, 0, 0, 0, 0, 0, 0],
};

type Rgb = readonly [number, number, number];

class Canvas {
  readonly pixels = Buffer.alloc(WIDTH * HEIGHT * 3);

  fill(x0: number, y0: number, w: number, h: number, [r, g, b]: Rgb): void {
    for (let y = Math.max(0, y0); y < Math.min(HEIGHT, y0 + h); y += 1) {
      for (let x = Math.max(0, x0); x < Math.min(WIDTH, x0 + w); x += 1) {
        const at = (y * WIDTH + x) * 3;
        this.pixels[at] = r;
        this.pixels[at + 1] = g;
        this.pixels[at + 2] = b;
      }
    }
  }

  /** `text` in the bitmap font, `scale` pixels a dot, centred on `cy`. */
  text(text: string, cy: number, scale: number, colour: Rgb): void {
    const chars = [...text.toUpperCase()].map((char) => GLYPHS[char] ?? GLYPHS[' ']!);
    const width = chars.length * 6 * scale - scale;
    let x = Math.round((WIDTH - width) / 2);
    const y0 = Math.round(cy - (7 * scale) / 2);
    for (const rows of chars) {
      rows.forEach((bits, row) => {
        for (let col = 0; col < 5; col += 1) {
          if (bits & (1 << (4 - col))) this.fill(x + col * scale, y0 + row * scale, scale, scale, colour);
        }
      });
      x += 6 * scale;
    }
  }
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(4);
  head.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([head, body, crc]);
}

function png(canvas: Canvas): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(WIDTH, 0);
  header.writeUInt32BE(HEIGHT, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB, deflate, no filter, no interlace
  const rows = Buffer.alloc((WIDTH * 3 + 1) * HEIGHT);
  for (let y = 0; y < HEIGHT; y += 1) {
    canvas.pixels.copy(rows, y * (WIDTH * 3 + 1) + 1, y * WIDTH * 3, (y + 1) * WIDTH * 3);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Tints for what a picture stands for: documents blue, faces green, anything else grey. */
function tint(caption: string): Rgb {
  if (/SELFIE|FACE|LIVENESS|PHOTO|FRAME/.test(caption)) return [214, 238, 222];
  if (/PASSPORT|LICENCE|CARD|DOCUMENT|PERMIT|BILL|STATEMENT|PAGE/.test(caption)) return [214, 228, 245];
  return [232, 232, 232];
}

/** The most glyphs a line holds at scale 2 (12 pixels each, less the last gap). */
const LINE_CHARS = Math.floor((WIDTH - 8 + 2) / 12);

/** `caption` on one line, or on two split at the space nearest the middle when it is too long. */
function captionLines(caption: string): string[] {
  if (caption.length <= LINE_CHARS) return [caption];
  const spaces = [...caption.matchAll(/ /g)].map((match) => match.index);
  const middle = caption.length / 2;
  const at = spaces.sort((a, b) => Math.abs(a - middle) - Math.abs(b - middle))[0];
  if (at === undefined) return [caption.slice(0, LINE_CHARS)];
  return [caption.slice(0, at), caption.slice(at + 1)].map((line) => line.slice(0, LINE_CHARS));
}

const made = new Map<string, Buffer>();

/** A PNG standing for `caption` (made once, then the same bytes): "SANDBOX" above the caption. */
export function sandboxImage(caption: string): Buffer {
  const key = caption.toUpperCase().slice(0, 30);
  const cached = made.get(key);
  if (cached) return cached;
  const canvas = new Canvas();
  canvas.fill(0, 0, WIDTH, HEIGHT, tint(key));
  canvas.fill(0, 0, WIDTH, 6, [40, 117, 188]);
  canvas.fill(0, HEIGHT - 6, WIDTH, 6, [40, 117, 188]);
  canvas.text('SANDBOX', 58, 5, [180, 35, 24]);
  const lines = captionLines(key);
  for (const [index, line] of lines.entries()) {
    canvas.text(line, 112 + (index - (lines.length - 1) / 2) * 20, 2, [27, 39, 51]);
  }
  const image = png(canvas);
  made.set(key, image);
  return image;
}

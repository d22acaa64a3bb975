import { create } from 'qrcode/lib/core/qrcode.js';

/** A QR code as one SVG path over a square of `size` modules, a 4-module quiet zone included. */
export interface QrSymbol {
  size: number;
  path: string;
}

const QUIET_ZONE = 4;

/**
 * Encodes `text` with qrcode's encoder (error correction M, as Yoti's codes) and traces its dark
 * modules as one path of horizontal runs: a few hundred bytes of SVG, drawn locally, no image
 * service, no inline style (so a strict Content Security Policy holds).
 */
export function qrSymbol(text: string): QrSymbol {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const count = modules.size;
  const commands: string[] = [];
  for (let row = 0; row < count; row += 1) {
    let col = 0;
    while (col < count) {
      if (!modules.get(row, col)) {
        col += 1;
        continue;
      }
      const start = col;
      while (col < count && modules.get(row, col)) col += 1;
      commands.push(`M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${col - start}v1h${start - col}z`);
    }
  }
  return { size: count + QUIET_ZONE * 2, path: commands.join('') };
}

let warmed = false;

/**
 * Runs the encoder once while the page is idle, so that the person's first QR code does not pay
 * for the encoder's first run (tens of milliseconds on a phone before the JavaScript engine has
 * compiled it): the code is then painted in the frame after it arrives. Once per page.
 */
export function warmQrEncoder(): void {
  if (warmed) return;
  warmed = true;
  const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
  idle(() => qrSymbol('https://code.yoti.com/CAEaJDM4ZDA4MGM1LTk4YjgtNDYwYS1hNGM0LWI0ZDk0NzU4OGE4NA'));
}

// The `qrcode` package's encoder alone: the reference the share button's QR encoder is checked against.
declare module 'qrcode/lib/core/qrcode.js' {
  import type { QRCode, QRCodeOptions } from 'qrcode';
  export function create(
    text: string | Array<{ data: string; mode: 'byte' }>,
    options?: QRCodeOptions,
  ): QRCode;
}
declare module 'qrcode/lib/core/version.js' {
  /** How many bytes `version` holds at `level` in byte mode. */
  export function getCapacity(version: number, level: { bit: number }): number;
}
declare module 'qrcode/lib/core/error-correction-level.js' {
  export const M: { bit: number };
}

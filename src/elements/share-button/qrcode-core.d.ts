// qrcode's encoder alone (its core), without the canvas, PNG, SVG-string and terminal renderers
// that its main entry carries.
declare module 'qrcode/lib/core/qrcode.js' {
  import type { QRCode, QRCodeOptions } from 'qrcode';
  export function create(text: string, options?: QRCodeOptions): QRCode;
}

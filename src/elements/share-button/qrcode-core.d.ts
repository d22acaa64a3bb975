// The QR encoder alone (qrcode's core), without its canvas, SVG-string and terminal renderers.
declare module 'qrcode/lib/core/qrcode.js' {
  import type { QRCode, QRCodeOptions } from 'qrcode';
  export function create(text: string, options?: QRCodeOptions): QRCode;
}

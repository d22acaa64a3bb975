import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';

/**
 * Anchors: where an attribute came from (its source: a passport, a driving licence, the person)
 * and who checked it (its verifier: Yoti's staff, an NFC read), as Yoti puts them on each attribute
 * of a receipt. Each is an X.509 certificate carrying a Yoti extension (OID 1.3.6.1.4.1.47127.1.1.1
 * for a source, .2 for a verifier) whose value names it; the SDK reads them into `getSources()` and
 * `getVerifiers()`. Made here with a minimal DER encoder and a key of the sandbox's own.
 */

const OID = {
  sha256WithRsa: '1.2.840.113549.1.1.11',
  commonName: '2.5.4.3',
  source: '1.3.6.1.4.1.47127.1.1.1',
  verifier: '1.3.6.1.4.1.47127.1.1.2',
};

const tlv = (tag: number, content: Buffer): Buffer => {
  const length = content.length;
  const head =
    length < 0x80
      ? Buffer.from([tag, length])
      : length < 0x100
        ? Buffer.from([tag, 0x81, length])
        : Buffer.from([tag, 0x82, length >> 8, length & 0xff]);
  return Buffer.concat([head, content]);
};
const sequence = (...items: Buffer[]) => tlv(0x30, Buffer.concat(items));
const set = (...items: Buffer[]) => tlv(0x31, Buffer.concat(items));
const integer = (value: number) => tlv(0x02, Buffer.from([value & 0x7f]));
const utf8 = (text: string) => tlv(0x0c, Buffer.from(text, 'utf8'));
const utcTime = (date: Date) =>
  tlv(0x17, Buffer.from(`${date.toISOString().slice(2, 19).replace(/[-T:]/g, '')}Z`, 'ascii'));
const explicit = (n: number, content: Buffer) => tlv(0xa0 + n, content);
const bitString = (bytes: Buffer) => tlv(0x03, Buffer.concat([Buffer.from([0]), bytes]));
const octetString = (bytes: Buffer) => tlv(0x04, bytes);
const NULL = Buffer.from([0x05, 0x00]);

function oid(text: string): Buffer {
  const [a = 0, b = 0, ...rest] = text.split('.').map(Number);
  const bytes = [a * 40 + b];
  for (const part of rest) {
    const chunk = [part & 0x7f];
    for (let value = part >>> 7; value > 0; value >>>= 7) chunk.unshift((value & 0x7f) | 0x80);
    bytes.push(...chunk);
  }
  return tlv(0x06, Buffer.from(bytes));
}

const name = (commonName: string) => sequence(set(sequence(oid(OID.commonName), utf8(commonName))));

let signer: { privateKey: KeyObject; publicKey: KeyObject } | undefined;
const certificates = new Map<string, Buffer>();

/** A certificate naming `value` as a source or a verifier (made once per process, then reused). */
function certificate(kind: 'source' | 'verifier', value: string): Buffer {
  const key = `${kind}:${value}`;
  const known = certificates.get(key);
  if (known) return known;
  signer ??= generateKeyPairSync('rsa', { modulusLength: 2048 });
  const algorithm = sequence(oid(OID.sha256WithRsa), NULL);
  const extension = sequence(oid(OID[kind]), octetString(sequence(utf8(value))));
  const tbs = sequence(
    explicit(0, integer(2)),
    integer(certificates.size + 1),
    algorithm,
    name('Yoti sandbox anchors'),
    sequence(utcTime(new Date('2020-01-01T00:00:00Z')), utcTime(new Date('2049-12-31T00:00:00Z'))),
    name(`Yoti sandbox ${kind} ${value}`),
    signer.publicKey.export({ type: 'spki', format: 'der' }),
    explicit(3, sequence(extension)),
  );
  const made = sequence(tbs, algorithm, bitString(sign('sha256', tbs, signer.privateKey)));
  certificates.set(key, made);
  return made;
}

export interface Anchor {
  kind: 'source' | 'verifier';
  /** PASSPORT, DRIVING_LICENCE, NATIONAL_ID, USER_PROVIDED; YOTI_ADMIN, YOTI_IDENTITY, YOTI_OTP, … */
  value: string;
  subType?: string;
}

/** An anchor as the Anchor message carries it: its certificate, sub type and signed time stamp. */
export function anchorParts(
  anchor: Anchor,
  at: Date,
): { cert: Buffer; subType: string; microseconds: number } {
  return {
    cert: certificate(anchor.kind, anchor.value),
    subType: anchor.subType ?? '',
    microseconds: at.getTime() * 1000,
  };
}

/**
 * Just enough protobuf encoding for Yoti receipts: AttributeList with its anchors and multi-values
 * (attrpubapi_v1), SignedTimestamp and EncryptedData (compubapi_v1). Written here rather than
 * borrowed from the SDK, so that the SDK's own decoding is what the tests exercise.
 */

/** attrpubapi_v1.ContentType */
export const ContentType = { STRING: 1, JPEG: 2, DATE: 3, PNG: 4, JSON: 5, MULTI_VALUE: 6, INT: 7 } as const;

function varint(value: number): Buffer {
  const bytes: number[] = [];
  let rest = value;
  while (rest > 0x7f) {
    bytes.push((rest & 0x7f) | 0x80);
    rest = Math.floor(rest / 128);
  }
  bytes.push(rest);
  return Buffer.from(bytes);
}

/** A length-delimited field (wire type 2). */
function bytesField(field: number, value: Buffer): Buffer {
  return Buffer.concat([varint((field << 3) | 2), varint(value.length), value]);
}

/** A varint field (wire type 0). */
function varintField(field: number, value: number): Buffer {
  return Buffer.concat([varint(field << 3), varint(value)]);
}

/** One anchor of an attribute: its certificate, sub type, and when it was signed (µs since the epoch). */
export interface ProtoAnchor {
  cert: Buffer;
  subType: string;
  microseconds: number;
}

export interface ProtoAttribute {
  name: string;
  value: Buffer;
  contentType: number;
  anchors?: ProtoAnchor[];
  /** What other parts of the receipt (an identity profile report) call this attribute. */
  ephemeralId?: string;
}

/** message SignedTimestamp { int32 version = 1; uint64 timestamp = 2; } */
const encodeSignedTimestamp = (microseconds: number) =>
  Buffer.concat([varintField(1, 1), varintField(2, microseconds)]);

/** message Anchor { repeated bytes origin_server_certs = 2; string sub_type = 4; bytes signed_time_stamp = 6; } */
function encodeAnchor(anchor: ProtoAnchor): Buffer {
  return Buffer.concat([
    bytesField(2, anchor.cert),
    bytesField(4, Buffer.from(anchor.subType, 'utf8')),
    bytesField(6, encodeSignedTimestamp(anchor.microseconds)),
  ]);
}

/**
 * message Attribute { string name = 1; bytes value = 2; ContentType content_type = 3;
 * repeated Anchor anchors = 4; string ephemeral_id = 7; }
 */
function encodeAttribute(attribute: ProtoAttribute): Buffer {
  return Buffer.concat([
    bytesField(1, Buffer.from(attribute.name, 'utf8')),
    bytesField(2, attribute.value),
    varintField(3, attribute.contentType),
    ...(attribute.anchors ?? []).map((anchor) => bytesField(4, encodeAnchor(anchor))),
    ...(attribute.ephemeralId ? [bytesField(7, Buffer.from(attribute.ephemeralId, 'utf8'))] : []),
  ]);
}

/** message MultiValue { message Value { ContentType content_type = 1; bytes data = 2; } repeated Value values = 1; } */
export function encodeMultiValue(values: Array<{ contentType: number; data: Buffer }>): Buffer {
  return Buffer.concat(
    values.map((value) =>
      bytesField(1, Buffer.concat([varintField(1, value.contentType), bytesField(2, value.data)])),
    ),
  );
}

/** message AttributeList { repeated Attribute attributes = 1; } */
export function encodeAttributeList(attributes: ProtoAttribute[]): Buffer {
  return Buffer.concat(attributes.map((attribute) => bytesField(1, encodeAttribute(attribute))));
}

/** message EncryptedData { bytes iv = 1; bytes cipher_text = 2; } */
export function encodeEncryptedData(iv: Buffer, cipherText: Buffer): Buffer {
  return Buffer.concat([bytesField(1, iv), bytesField(2, cipherText)]);
}

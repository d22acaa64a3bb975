/**
 * Just enough protobuf encoding for Yoti receipts: AttributeList (attrpubapi_v1) and EncryptedData
 * (compubapi_v1). Written here rather than borrowed from the SDK, so that the SDK's own decoding is
 * what the tests exercise.
 */

/** attrpubapi_v1.ContentType */
export const ContentType = { STRING: 1, JPEG: 2, DATE: 3, PNG: 4, JSON: 5, INT: 7 } as const;

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

export interface ProtoAttribute {
  name: string;
  value: Buffer;
  contentType: number;
}

/** message Attribute { string name = 1; bytes value = 2; ContentType content_type = 3; } */
function encodeAttribute(attribute: ProtoAttribute): Buffer {
  return Buffer.concat([
    bytesField(1, Buffer.from(attribute.name, 'utf8')),
    bytesField(2, attribute.value),
    varintField(3, attribute.contentType),
  ]);
}

/** message AttributeList { repeated Attribute attributes = 1; } */
export function encodeAttributeList(attributes: ProtoAttribute[]): Buffer {
  return Buffer.concat(attributes.map((attribute) => bytesField(1, encodeAttribute(attribute))));
}

/** message EncryptedData { bytes iv = 1; bytes cipher_text = 2; } */
export function encodeEncryptedData(iv: Buffer, cipherText: Buffer): Buffer {
  return Buffer.concat([bytesField(1, iv), bytesField(2, cipherText)]);
}

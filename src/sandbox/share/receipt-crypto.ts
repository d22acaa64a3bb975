import { constants, createCipheriv, type KeyObject, publicEncrypt, randomBytes } from 'node:crypto';
import { encodeAttributeList, encodeEncryptedData, type ProtoAttribute } from './proto.js';

/**
 * Encrypts a share receipt the way Yoti does, so that the SDK's getShareReceipt() decrypts it:
 * - the profile (an AttributeList) is AES-256-CBC encrypted with a random receipt key, and wrapped
 *   in an EncryptedData message;
 * - the receipt key is AES-256-GCM encrypted with a random item key (`wrappedKey`, tag appended);
 * - the item key is RSA (PKCS#1 v1.5) encrypted with the application's public key, and served
 *   separately as the wrapped item key.
 */
export interface EncryptedReceipt {
  content: { profile: string };
  wrappedKey: string;
  itemKey: { iv: string; value: string };
}

export function encryptReceipt(
  attributes: ProtoAttribute[],
  applicationPublicKey: KeyObject,
): EncryptedReceipt {
  const receiptKey = randomBytes(32);
  const contentIv = randomBytes(16);
  const cbc = createCipheriv('aes-256-cbc', receiptKey, contentIv);
  const cipherText = Buffer.concat([cbc.update(encodeAttributeList(attributes)), cbc.final()]);

  const itemKey = randomBytes(32);
  const itemKeyIv = randomBytes(12);
  const gcm = createCipheriv('aes-256-gcm', itemKey, itemKeyIv);
  const wrappedKey = Buffer.concat([gcm.update(receiptKey), gcm.final(), gcm.getAuthTag()]);

  const encryptedItemKey = publicEncrypt(
    { key: applicationPublicKey, padding: constants.RSA_PKCS1_PADDING },
    itemKey,
  );

  return {
    content: { profile: encodeEncryptedData(contentIv, cipherText).toString('base64') },
    wrappedKey: wrappedKey.toString('base64'),
    itemKey: { iv: itemKeyIv.toString('base64'), value: encryptedItemKey.toString('base64') },
  };
}

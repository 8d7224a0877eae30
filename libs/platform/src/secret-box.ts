import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

const BOX_VERSION = 'v1';

/**
 * Encrypts secrets at rest with AES-256-GCM. The key is derived (HKDF-SHA256) from the configured key
 * material and a purpose, so each use (webhook signing secrets, stored idempotent responses) has a key of
 * its own; the id of the row holding the box is bound in as associated data, so a box copied to another
 * row does not open.
 */
export class SecretBox {
  private readonly key: Buffer;

  constructor(keyMaterial: string, purpose = 'webhook-endpoint-secrets') {
    if (!keyMaterial) throw new Error('secrets at rest need WEBHOOK_SECRET_KEY or JWT_SECRET to be encrypted');
    this.key = Buffer.from(hkdfSync('sha256', keyMaterial, 'eventreg', purpose, 32));
  }

  seal(plain: string, rowId: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv).setAAD(Buffer.from(rowId));
    const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [BOX_VERSION, iv, cipher.getAuthTag(), sealed]
      .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
      .join('.');
  }

  open(box: string, rowId: string): string {
    const [version, iv, tag, sealed] = box.split('.');
    if (version !== BOX_VERSION || !iv || !tag || sealed === undefined) throw new Error('not a sealed secret');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'))
      .setAAD(Buffer.from(rowId))
      .setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(sealed, 'base64url')), decipher.final()]).toString('utf8');
  }

  /** A keyed hash (HMAC-SHA256) of a text, for telling texts apart without keeping a hash anyone could test guesses against. */
  digest(text: string): string {
    return createHmac('sha256', this.key).update(text).digest('hex');
  }
}

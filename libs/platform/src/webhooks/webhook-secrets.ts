import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';

/** Signing secrets are stored encrypted (AES-256-GCM, bound to the endpoint's id) by the SecretBox. */
export { SecretBox } from '../secret-box.js';

const SECRET_PREFIX = 'whsec_';

/** A new signing secret as Standard Webhooks writes it: `whsec_` and 32 random bytes in base64. */
export function generateWebhookSecret(): string {
  return SECRET_PREFIX + randomBytes(32).toString('base64');
}

/**
 * The `webhook-signature` header: `v1,<base64 HMAC-SHA256 of "id.timestamp.body">` for each secret,
 * separated by spaces (during a rotation the old secret signs too, so receivers can switch over).
 */
export function signWebhook(secrets: string[], messageId: string, timestamp: Date, body: string): string {
  return secrets.map((secret) => new Webhook(secret).sign(messageId, timestamp, body)).join(' ');
}

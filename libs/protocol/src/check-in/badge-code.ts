import { keyedSignature, signaturesMatch } from '@app/core';

/**
 * The check-in code a badge's QR code holds: `B1.<attendance id>.<signature>`, the id as 22 base64url
 * characters and the signature an HMAC-SHA256 (first 12 bytes) over the workspace, the event and the
 * attendance, keyed from the service's secret for this use only (as signed download links are). A code
 * cannot be made without the secret, and one made for another event or workspace does not verify.
 */
const PREFIX = 'B1';
const CODE = /^B1\.([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{16})$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function signature(secret: string, workspaceId: string, eventId: string, attendanceId: string): string {
  return keyedSignature('badge-code', secret, `${workspaceId}/${eventId}/${attendanceId}`).subarray(0, 12).toString('base64url');
}

export function badgeCode(secret: string, workspaceId: string, eventId: string, attendanceId: string): string {
  const id = Buffer.from(attendanceId.replaceAll('-', ''), 'hex').toString('base64url');
  return `${PREFIX}.${id}.${signature(secret, workspaceId, eventId, attendanceId)}`;
}

/** The attendance id a code names and its signature, or null when the text is not a badge code at all. */
export function parseBadgeCode(code: string): { attendanceId: string; signature: string } | null {
  const match = CODE.exec(code.trim());
  if (!match) return null;
  const hex = Buffer.from(match[1], 'base64url').toString('hex');
  const attendanceId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  if (!UUID.test(attendanceId)) return null;
  return { attendanceId, signature: match[2] };
}

/** True when the signature is the one the secret makes for this workspace, event and attendance. */
export function verifyBadgeSignature(secret: string, workspaceId: string, eventId: string, attendanceId: string, given: string): boolean {
  return signaturesMatch(signature(secret, workspaceId, eventId, attendanceId), given);
}

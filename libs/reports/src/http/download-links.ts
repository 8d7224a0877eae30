import { AppException, keyedSignature, signaturesMatch } from '@app/core';

/** What a signed link lets its holder download, without an Authorization header, until it expires. */
export interface DownloadGrant {
  workspaceId: string;
  eventId: string;
  report: 'attendance' | 'sign-in-sheet';
  format: string;
  lang: string;
  params: Record<string, string>;
  /** expiry, seconds since the epoch */
  exp: number;
}

const sign = (secret: string, payload: string) => keyedSignature('download-link', secret, payload).toString('base64url');

/** Where signed links are served, below the API's origin. */
export const DOWNLOAD_PATH = '/api/v1/downloads';

/**
 * The URL of a signed link: on PUBLIC_BASE_URL when it is configured, else a path relative to the API's
 * origin. Never built from the request's Host or X-Forwarded-Host, which the caller controls.
 */
export function downloadUrl(token: string, publicBaseUrl: string | null): string {
  const path = `${DOWNLOAD_PATH}/${token}`;
  return publicBaseUrl ? `${publicBaseUrl.replace(/\/+$/, '')}${path}` : path;
}

export function createDownloadToken(grant: DownloadGrant, secret: string): string {
  const payload = Buffer.from(JSON.stringify(grant)).toString('base64url');
  return `${payload}.${sign(secret, payload)}`;
}

/** Checks the signature first (LINK_INVALID), then the expiry (LINK_EXPIRED). */
export function verifyDownloadToken(token: string, secret: string, now = Date.now()): DownloadGrant {
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined) throw new AppException('LINK_INVALID', 'This download link is not valid');
  if (!signaturesMatch(sign(secret, payload), signature)) {
    throw new AppException('LINK_INVALID', 'This download link is not valid');
  }
  const grant = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as DownloadGrant;
  if (grant.exp * 1000 < now) throw new AppException('LINK_EXPIRED', 'This download link has expired; ask for a new one');
  return grant;
}

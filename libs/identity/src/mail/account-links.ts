import type { FastifyRequest } from 'fastify';

/** The console's pages that open account links (also served by the API process: apps/api/src/web-console.ts). */
export const ACCOUNT_PAGES = { invitation: '/invitation', passwordReset: '/reset-password' } as const;

/**
 * A console link carrying a one-time token. The token travels in the fragment, which browsers never send
 * to a server nor put in a Referer, so it stays out of access logs.
 */
export function accountLink(page: keyof typeof ACCOUNT_PAGES, token: string, baseUrl: string): string {
  return `${baseUrl}${ACCOUNT_PAGES[page]}#token=${token}`;
}

/**
 * The base of links that are emailed or logged: PUBLIC_BASE_URL only (relative without it), never a
 * request's Host header, which whoever asks chooses (a reset link for someone else's account must not
 * point at the asker's server). Sending email needs PUBLIC_BASE_URL (checked at start).
 */
export function mailedBaseUrl(publicBaseUrl: string | null): string {
  return (publicBaseUrl ?? '').replace(/\/+$/, '');
}

/**
 * The base of a link shown in the answer to the owner who made it: PUBLIC_BASE_URL, else the scheme and
 * host their own request came to (behind a proxy, as TRUST_PROXY allows).
 */
export function shownBaseUrl(request: FastifyRequest, publicBaseUrl: string | null): string {
  return publicBaseUrl ? mailedBaseUrl(publicBaseUrl) : `${request.protocol}://${request.host}`;
}

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

/** PUBLIC_BASE_URL, else the scheme and host the request came to (behind a proxy, as TRUST_PROXY allows). */
export function consoleBaseUrl(request: FastifyRequest, publicBaseUrl: string | null): string {
  return (publicBaseUrl ?? `${request.protocol}://${request.host}`).replace(/\/+$/, '');
}

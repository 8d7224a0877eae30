import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { AddressPolicy } from './public-address.js';

export interface PostResult {
  /** the response status, when the receiver answered */
  status: number | null;
  /** why the attempt failed, when it did */
  error: string | null;
}

/** Response bytes read (and thrown away) at most: a receiver's answer is not needed beyond its status. */
const MAX_RESPONSE_BYTES = 64 * 1024;

/**
 * POSTs one webhook body with its headers. Redirects are not followed; the target's addresses are
 * checked when connecting; the whole attempt (connect, send, response) ends after `timeoutMs`.
 */
export async function postWebhook(
  url: string,
  headers: Record<string, string>,
  body: string,
  options: { timeoutMs: number; policy: AddressPolicy },
): Promise<PostResult> {
  const target = new URL(url);
  // the lookup is skipped for a literal IP, so those are checked here
  const refused = /^[\d.]+$|^\[.*\]$/.test(target.hostname) ? options.policy.refusal(target.hostname.replace(/^\[|\]$/g, '')) : null;
  if (refused) return { status: null, error: `refused: ${refused}` };
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<PostResult>((resolve) => {
    const req = send(
      target,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'eventreg-webhooks/1',
          ...headers,
          'content-length': Buffer.byteLength(body),
        },
        lookup: options.policy.lookup,
        signal: AbortSignal.timeout(options.timeoutMs),
      },
      (res) => {
        let read = 0;
        res.on('data', (chunk: Buffer) => {
          read += chunk.length;
          if (read > MAX_RESPONSE_BYTES) res.destroy();
        });
        const done = () => {
          const status = res.statusCode ?? null;
          resolve({ status, error: status !== null && status >= 200 && status < 300 ? null : `HTTP ${status}` });
        };
        res.on('end', done);
        res.on('close', done);
        res.on('error', done);
      },
    );
    req.on('error', (err: NodeJS.ErrnoException) => {
      const timedOut = err.name === 'AbortError' || err.name === 'TimeoutError';
      resolve({ status: null, error: timedOut ? `no answer within ${options.timeoutMs} ms` : describe(err) });
    });
    req.end(body);
  });
}

function describe(err: NodeJS.ErrnoException): string {
  if (err.message.startsWith('refused:')) return err.message;
  if (err.code === 'ECONNREFUSED') return 'connection refused';
  if (err.code === 'ENOTFOUND') return 'host not found';
  if (err.code === 'ECONNRESET') return 'connection reset';
  return err.code ? `${err.code}: ${err.message}` : err.message;
}

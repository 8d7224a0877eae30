import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './api-schema';

export type { components, paths };
export type Schemas = components['schemas'];
export type ErrorBody = Schemas['ErrorResponseDto'];
export type ErrorCode = ErrorBody['code'];
export type LocalizedText = Schemas['LocalizedTextDto'];
export type Session = Schemas['SessionDto'];
export type Role = Session['workspace']['role'];
export type EventDto = Schemas['EventDto'];
export type AttendanceDto = Schemas['AttendanceDto'];
export type AttendanceQuery = NonNullable<paths['/api/v1/events/{eventId}/attendees']['get']['parameters']['query']>;
export type EventQuery = NonNullable<paths['/api/v1/events']['get']['parameters']['query']>;
export type AttendanceReportQuery = NonNullable<paths['/api/v1/events/{eventId}/reports/attendance']['get']['parameters']['query']>;
export type SignInSheetQuery = NonNullable<paths['/api/v1/events/{eventId}/reports/sign-in-sheet']['get']['parameters']['query']>;
export type WriteupFileQuery = NonNullable<paths['/api/v1/events/{eventId}/writeup/file']['get']['parameters']['query']>;
export type Language = NonNullable<WriteupFileQuery['lang']>;

/** An API error with its machine-readable code (labels translate it) and request id. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | 'network',
    message: string,
    readonly requestId?: string,
    readonly details?: ErrorBody['details'],
  ) {
    super(message);
  }
}

let csrfToken: string | null = null;
/** The session's CSRF token, kept in memory only (never in storage); sent on every write. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

const csrf: Middleware = {
  onRequest({ request }) {
    if (csrfToken && request.method !== 'GET' && request.method !== 'HEAD') request.headers.set('X-CSRF-Token', csrfToken);
    return request;
  },
};

/**
 * The one typed client of the console: same origin, the session cookie authenticates. It reads JSON
 * only (typed by the `application/json` content of each response); files are downloaded by plain links.
 */
export const api = createClient<paths, 'application/json'>({ baseUrl: '/', credentials: 'same-origin' });
api.use(csrf);

function isErrorBody(value: unknown): value is ErrorBody {
  return typeof value === 'object' && value !== null && 'code' in value && 'message' in value;
}

/**
 * Unwraps an openapi-fetch result: the data, or an ApiError carrying the server's code. Every query and
 * mutation goes through it so errors look the same everywhere.
 */
export async function call<T>(promise: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await promise;
  } catch {
    throw new ApiError(0, 'network', 'The server cannot be reached');
  }
  const { data, error, response } = result;
  if (error !== undefined || !response.ok) {
    if (isErrorBody(error)) throw new ApiError(response.status, error.code, error.message, error.requestId, error.details);
    throw new ApiError(response.status, response.status === 401 ? 'UNAUTHENTICATED' : 'INTERNAL', response.statusText);
  }
  return data as T;
}

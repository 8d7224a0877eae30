import type { OpenAPIObject } from '@nestjs/swagger';
import { ERROR_CODES_EXTENSION, ERROR_STATUS, type ErrorCode } from '@app/core';

const ERROR_SCHEMA = { $ref: '#/components/schemas/ErrorResponseDto' };
const EXAMPLE_REQUEST_ID = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

/** What each error says, as an example; codes not listed are shown with their name. */
const EXAMPLE_MESSAGES: Partial<Record<ErrorCode, string>> = {
  VALIDATION_FAILED: 'Invalid input: title',
  INVALID_BODY: 'The body is not valid JSON',
  BAD_REQUEST: 'Bad request',
  WEAK_PASSWORD: 'The password is too easy to guess',
  WEBHOOK_URL_REFUSED: 'Webhooks cannot be sent to http://10.0.0.5/hook: 10.0.0.5 is a private address',
  UNAUTHENTICATED: 'Authentication required: send Authorization: Bearer <token> or X-API-Key',
  INVALID_CREDENTIALS: 'Email or password is wrong',
  FORBIDDEN: 'Not allowed',
  INSUFFICIENT_ROLE: 'This needs the organizer role or higher',
  NOT_A_MEMBER: 'You are not a member of this workspace',
  CSRF_FAILED: "Send the session's csrfToken as X-CSRF-Token",
  NOT_FOUND: 'Event not found',
  CONFLICT: 'The request conflicts with the current state',
  EMAIL_TAKEN: 'An account with this email already exists',
  ALREADY_EXISTS: 'This person already attends the event',
  IN_USE: 'Still used by other records',
  INVALID_STATE_TRANSITION: 'A held event cannot become scheduled',
  INVALID_STAGE_TRANSITION: 'A project in operation cannot go back to started',
  PROJECT_RESIGNED: 'This project re-signs an earlier one; follow the first signing',
  EVENT_CANCELLED: 'The event is cancelled; its records cannot change',
  LAST_OWNER: 'The workspace needs at least one owner',
  DRAFT_CHANGED: 'Someone saved version 3 since version 2',
  DRAFT_EDITED: 'The latest version was edited; pass overwriteEdits to replace it',
  LINK_EXPIRED: 'The download link has expired',
  LINK_INVALID: 'The download link is not valid',
  PAYLOAD_TOO_LARGE: 'The file is larger than 10 MiB',
  UNSUPPORTED_MEDIA_TYPE: 'Send the file as CSV or XLSX',
  IMPORT_REJECTED: 'The file has rows that cannot be imported; nothing was written',
  RATE_LIMITED: 'Too many requests; try again later',
  IDEMPOTENCY_KEY_IN_USE: 'A request with this Idempotency-Key is still running',
  IDEMPOTENCY_KEY_REUSED: 'This Idempotency-Key was used for another request',
  INTERNAL: 'Something went wrong on our side; quote the request id',
  SERVICE_UNAVAILABLE: 'The service is unavailable; try again shortly',
};

const EXAMPLE_DETAILS: Partial<Record<ErrorCode, unknown>> = {
  VALIDATION_FAILED: [
    {
      field: 'title',
      messages: [
        'title must be an object with at least one of zh, ja, en as a non-empty string of at most 500 characters, and no other keys',
      ],
    },
  ],
  IMPORT_REJECTED: { rows: [{ row: 3, field: 'name', reason: 'a name in at least one language is required' }] },
};

/** An example error body: the code with the status it is sent with. */
export function errorExample(code: ErrorCode): { summary: string; value: Record<string, unknown> } {
  const status = ERROR_STATUS[code];
  const message = EXAMPLE_MESSAGES[code] ?? code.toLowerCase().replaceAll('_', ' ');
  const details = EXAMPLE_DETAILS[code];
  return {
    summary: `${status} ${code}`,
    value: { statusCode: status, code, message, ...(details === undefined ? {} : { details }), requestId: EXAMPLE_REQUEST_ID },
  };
}

type ErrorResponse = { description?: string; content?: Record<string, { examples?: Record<string, unknown> }> };

type Operation = {
  parameters?: { in: string }[];
  requestBody?: unknown;
  security?: unknown[];
  responses: Record<string, unknown>;
  [ERROR_CODES_EXTENSION]?: ErrorCode[];
};

/**
 * Adds the error responses every operation can give, in the one error shape with an example per code:
 * the codes it declares with @ApiErrors, 401/403 where it needs credentials, 400 where it takes input,
 * 404 where it names a record, and 500.
 */
export function addErrorResponses(document: OpenAPIObject): void {
  const examples = (document.components ??= {}).examples ?? {};
  for (const pathItem of Object.values(document.paths)) {
    for (const operation of Object.values(pathItem) as Operation[]) {
      if (!operation || typeof operation !== 'object' || !('responses' in operation)) continue;
      const codes = new Set<ErrorCode>(operation[ERROR_CODES_EXTENSION] ?? []);
      delete operation[ERROR_CODES_EXTENSION];
      if (operation.requestBody || operation.parameters?.some((p) => p.in !== 'header')) codes.add('VALIDATION_FAILED');
      if (operation.parameters?.some((p) => p.in === 'path')) codes.add('NOT_FOUND');
      if (operation.security?.length) {
        codes.add('UNAUTHENTICATED');
        codes.add('INSUFFICIENT_ROLE');
      }
      codes.add('INTERNAL');
      const byStatus = new Map<number, ErrorCode[]>();
      for (const code of codes) {
        if (!(code in ERROR_STATUS)) continue;
        byStatus.set(ERROR_STATUS[code], [...(byStatus.get(ERROR_STATUS[code]) ?? []), code]);
      }
      for (const [status, list] of [...byStatus].sort(([a], [b]) => a - b)) {
        for (const code of list) examples[code] ??= errorExample(code);
        operation.responses[String(status)] ??= {
          description: `Error: ${list.join(', ')}`,
          content: {
            'application/json': {
              schema: ERROR_SCHEMA,
              examples: Object.fromEntries(list.map((code) => [code, { $ref: `#/components/examples/${code}` }])),
            },
          },
        };
      }
    }
  }
  document.components.examples = Object.fromEntries(Object.entries(examples).sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * Gives every error response an example for each code its description names (`Error: A, B`), for
 * responses that other parts of the document setup added or extended after the declared codes.
 */
export function completeErrorExamples(document: OpenAPIObject): void {
  const examples = (document.components ??= {}).examples ?? {};
  for (const pathItem of Object.values(document.paths)) {
    for (const operation of Object.values(pathItem) as Operation[]) {
      if (!operation || typeof operation !== 'object' || !('responses' in operation)) continue;
      for (const [status, response] of Object.entries(operation.responses) as [string, ErrorResponse][]) {
        if (Number(status) < 400 || !response.content?.['application/json']) continue;
        const media = response.content['application/json'];
        const words: string[] = response.description?.match(/[A-Z][A-Z_]+/g) ?? [];
        const named = words.filter(
          (code): code is ErrorCode => code in ERROR_STATUS && (ERROR_STATUS[code as ErrorCode] as number) === Number(status),
        );
        for (const code of named) {
          examples[code] ??= errorExample(code);
          (media.examples ??= {})[code] ??= { $ref: `#/components/examples/${code}` };
        }
      }
    }
  }
  document.components.examples = Object.fromEntries(Object.entries(examples).sort(([a], [b]) => a.localeCompare(b)));
}

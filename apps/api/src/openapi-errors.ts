import type { OpenAPIObject } from '@nestjs/swagger';
import { ERROR_CODES_EXTENSION, ERROR_STATUS, type ErrorCode } from '@app/core';

const ERROR_SCHEMA = { $ref: '#/components/schemas/ErrorResponseDto' };

type Operation = {
  parameters?: { in: string }[];
  requestBody?: unknown;
  security?: unknown[];
  responses: Record<string, unknown>;
  [ERROR_CODES_EXTENSION]?: ErrorCode[];
};

/**
 * Adds the error responses every operation can give, in the one error shape: the codes it declares
 * with @ApiErrors, 401/403 where it needs credentials, 400 where it takes input, and 500.
 */
export function addErrorResponses(document: OpenAPIObject): void {
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
      for (const code of codes) byStatus.set(ERROR_STATUS[code], [...(byStatus.get(ERROR_STATUS[code]) ?? []), code]);
      for (const [status, list] of [...byStatus].sort(([a], [b]) => a - b)) {
        operation.responses[String(status)] ??= {
          description: `Error: ${list.join(', ')}`,
          content: { 'application/json': { schema: ERROR_SCHEMA } },
        };
      }
    }
  }
}

import { ApiExtension } from '@nestjs/swagger';
import type { ErrorCode } from '../errors/error-code.js';

export const ERROR_CODES_EXTENSION = 'x-error-codes';

/**
 * Documents the error codes an endpoint can answer with. Kept as an extension (not a response
 * decorator) so the Swagger plugin still documents the success type; the OpenAPI setup turns it
 * into one response per status with the shared error schema.
 */
export const ApiErrors = (...codes: ErrorCode[]) => ApiExtension(ERROR_CODES_EXTENSION, codes);

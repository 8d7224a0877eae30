import { ERROR_CODES, type ErrorCode } from './error-code.js';
import { ApiProperty } from '@nestjs/swagger';

export class FieldErrorDto {
  /** Path of the offending field, e.g. `positions.0.title` */
  field: string;
  /** Why it was rejected, one message per failed rule */
  messages: string[];
}

/** The one shape every error response has. */
export class ErrorResponseDto {
  /** HTTP status code, repeated in the body */
  @ApiProperty({ type: 'integer', example: 400 })
  statusCode: number;
  /** Stable machine-readable code */
  @ApiProperty({ enum: ERROR_CODES, example: 'VALIDATION_FAILED' })
  code: ErrorCode;
  /** Human-readable explanation */
  message: string;
  /** Extra machine-readable facts; for VALIDATION_FAILED a list of FieldError */
  @ApiProperty({
    required: false,
    oneOf: [
      { type: 'array', items: { $ref: '#/components/schemas/FieldErrorDto' } },
      { type: 'object', additionalProperties: true },
    ],
  })
  details?: unknown;
  /** The request id, also sent as the X-Request-Id header; quote it when reporting a problem */
  requestId: string;
}

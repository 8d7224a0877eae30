import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { AppException } from './app.exception.js';
import type { FieldErrorDto } from './error-response.dto.js';

export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldErrorDto[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/** The one validation pipe: unknown properties rejected, every bad field listed. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    exceptionFactory: (errors) => {
      const details = flattenValidationErrors(errors);
      return new AppException('VALIDATION_FAILED', `Invalid input: ${details.map((d) => d.field).join(', ')}`, details);
    },
  });
}

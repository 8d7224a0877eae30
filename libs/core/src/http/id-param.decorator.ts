import { Param, ParseUUIDPipe } from '@nestjs/common';
import { AppException } from '../errors/app.exception.js';

/** A path id that must be a UUID; anything else is a VALIDATION_FAILED naming the parameter. */
export const IdParam = (name = 'id') =>
  Param(
    name,
    new ParseUUIDPipe({
      exceptionFactory: () =>
        new AppException('VALIDATION_FAILED', `${name} must be a UUID`, [{ field: name, messages: [`${name} must be a UUID`] }]),
    }),
  );

import { Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import { AppException } from '../errors/app.exception.js';

/** A path id that must be a UUID (documented as `format: uuid`); anything else is a VALIDATION_FAILED naming the parameter. */
export const IdParam =
  (name = 'id'): ParameterDecorator =>
  (target, key, index) => {
    Param(
      name,
      new ParseUUIDPipe({
        exceptionFactory: () =>
          new AppException('VALIDATION_FAILED', `${name} must be a UUID`, [{ field: name, messages: [`${name} must be a UUID`] }]),
      }),
    )(target, key, index);
    const descriptor = key === undefined ? undefined : Object.getOwnPropertyDescriptor(target, key);
    if (descriptor) ApiParam({ name, type: String, format: 'uuid' })(target, key!, descriptor);
  };

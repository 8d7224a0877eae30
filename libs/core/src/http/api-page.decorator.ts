import { applyDecorators, type Type } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, getSchemaPath } from '@nestjs/swagger';

/** Documents a `Page<T>` response: `{ items: T[], page, pageSize, total }`. */
export function ApiPageResponse(model: Type<unknown>) {
  return applyDecorators(
    ApiExtraModels(model),
    ApiOkResponse({
      description: 'One page of the list, with the total count',
      schema: {
        type: 'object',
        required: ['items', 'page', 'pageSize', 'total'],
        properties: {
          items: { type: 'array', items: { $ref: getSchemaPath(model) } },
          page: { type: 'integer', example: 1 },
          pageSize: { type: 'integer', example: 50 },
          total: { type: 'integer', example: 1 },
        },
      },
    }),
  );
}

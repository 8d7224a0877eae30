import { applyDecorators, type Type } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, getSchemaPath } from '@nestjs/swagger';

/**
 * Documents a `Page<T>` response: `{ items: T[], page, pageSize, total }`, with `nextCursor` for the
 * lists paged by cursor (`{ cursor: true }`) and a `total` that may be null for the lists that count it on
 * request only (`{ totalOnRequest: true }`, see `CursorListQueryDto`).
 */
export function ApiPageResponse(model: Type<unknown>, options: { cursor?: boolean; totalOnRequest?: boolean } = {}) {
  return applyDecorators(
    ApiExtraModels(model),
    ApiOkResponse({
      description: 'One page of the list, with the total count',
      schema: {
        type: 'object',
        required: ['items', 'page', 'pageSize', 'total', ...(options.cursor ? ['nextCursor'] : [])],
        properties: {
          items: { type: 'array', items: { $ref: getSchemaPath(model) } },
          page: { type: 'integer', example: 1 },
          pageSize: { type: 'integer', example: 50 },
          total: options.totalOnRequest
            ? {
                type: 'integer',
                nullable: true,
                example: 1,
                description: 'Counted on pages read by `page`; on pages read by `cursor` only with `withTotal=true`, else null',
              }
            : { type: 'integer', example: 1 },
          ...(options.cursor && {
            nextCursor: {
              type: 'string',
              nullable: true,
              description: 'Pass as `cursor` for the next page; null on the last page',
              example: 'WyJhIiwxLDIsIjIwMjQtMDMtMjVUMDA6MDA6MDAuMDAwMDAwWiJd',
            },
          }),
        },
      },
    }),
  );
}

import type { EntityManager, EntityTarget, FindOptionsOrder, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import { pageWindow, toPage, type Page, type PageQueryDto } from '@app/core';

/** One page of a simple list, with its total; `toItems` turns the page's rows into response items at once. */
export async function listPage<T extends ObjectLiteral, D>(
  em: EntityManager,
  entity: EntityTarget<T>,
  where: FindOptionsWhere<T>,
  order: FindOptionsOrder<T>,
  query: PageQueryDto,
  toItems: (rows: T[]) => D[] | Promise<D[]>,
): Promise<Page<D>> {
  const { skip, take } = pageWindow(query);
  const [rows, total] = await em.getRepository(entity).findAndCount({ where, order, skip, take });
  return toPage(await toItems(rows), total, query);
}

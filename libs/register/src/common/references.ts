import { In, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { AppException } from '@app/core';

/**
 * Checks that every id names a record the caller's workspace can see. Row-level security hides
 * other workspaces' rows, so a foreign id is reported exactly like a missing one.
 */
export async function assertReferences<T extends { id: string }>(
  em: EntityManager,
  entity: EntityTarget<T>,
  ids: (string | null | undefined)[],
  resource: string,
): Promise<void> {
  const wanted = [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
  if (wanted.length === 0) return;
  const found = await em.getRepository(entity).find({ select: { id: true } as never, where: { id: In(wanted) } as never });
  const seen = new Set(found.map((row) => row.id));
  const missing = wanted.filter((id) => !seen.has(id));
  if (missing.length > 0) {
    throw new AppException('NOT_FOUND', `${resource} ${missing.join(', ')} was not found`, { resource, ids: missing });
  }
}

/**
 * Throws NOT_FOUND unless the caller's workspace has the record: one lookup by primary key, no entity
 * built (for a check whose row is not used).
 */
export async function assertFound(em: EntityManager, entity: EntityTarget<ObjectLiteral>, id: string, resource: string): Promise<void> {
  const [row] = await em.query<unknown[]>(`SELECT 1 FROM ${em.getRepository(entity).metadata.tablePath} WHERE id = $1`, [id]);
  if (!row) throw AppException.notFound(resource, id);
}

/** Loads one record of the caller's workspace or throws NOT_FOUND. */
export async function findOr404<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  where: Record<string, unknown>,
  resource: string,
  relations?: Record<string, unknown>,
): Promise<T> {
  // with relations, `find` reads the row and its relations in one query; `findOne` would add a limit,
  // which with joins costs a second query to pick the row first
  const repository = em.getRepository(entity);
  const [row] = relations
    ? await repository.find({ where: where as never, relations: relations as never })
    : [await repository.findOne({ where: where as never })];
  if (!row) throw AppException.notFound(resource, typeof where.id === 'string' ? where.id : undefined);
  return row;
}

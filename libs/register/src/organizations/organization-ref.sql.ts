/**
 * An organization as the records that name it show it (`{id, kind, name, shortName}`), built as JSON by
 * PostgreSQL from the row aliased `alias`.
 */
export const organizationRefJson = (alias: string) =>
  `json_build_object('id', ${alias}.id, 'kind', ${alias}.kind, 'name', ${alias}.name, 'shortName', ${alias}.short_name)`;

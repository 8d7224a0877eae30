import type { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantRls, enableTenantRls } from './tenant-rls.js';

/**
 * The counterpart regions of the given projects (empty when none), recomputed from their parties and their
 * event's hosts; an upsert, so two transactions refreshing one project never clash on its key.
 */
const REFRESH = `
  CREATE FUNCTION project_counterpart_regions_refresh(p_ids uuid[]) RETURNS void LANGUAGE sql AS $$
    INSERT INTO project_counterpart_regions AS r (project_id, workspace_id, regions)
    SELECT sp.id, sp.workspace_id,
           ARRAY(SELECT DISTINCT o.region FROM unnest(sp.party_ids) AS p(id) JOIN organizations o ON o.id = p.id
                  WHERE o.region IS NOT NULL
                    AND NOT EXISTS (SELECT 1 FROM event_organizations eo JOIN organizations ho ON ho.id = eo.organization_id
                                     WHERE eo.event_id = sp.event_id AND eo.role = 'host' AND lower(ho.region) = lower(o.region))
                  ORDER BY o.region)
      FROM signed_projects sp
     WHERE sp.id = ANY (p_ids)
        ON CONFLICT (project_id) DO UPDATE SET regions = EXCLUDED.regions WHERE r.regions IS DISTINCT FROM EXCLUDED.regions;
  $$`;

/**
 * Period figures by region: each signed project's counterpart regions (the regions of its parties other
 * than the regions of its event's hosts), kept by triggers on the projects, the organizations and the
 * events' hosts, so the figures read them instead of unnesting every project's parties. A table of its
 * own rather than a column of `signed_projects`: a derived value is not a change of the project, so it
 * neither enters the audit log nor sends a `project.updated` webhook.
 */
export class CounterpartRegions1796390000000 implements MigrationInterface {
  name = 'CounterpartRegions1796390000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`
      CREATE TABLE "project_counterpart_regions" (
        "project_id" uuid NOT NULL PRIMARY KEY REFERENCES "signed_projects" ("id") ON DELETE CASCADE,
        "workspace_id" uuid NOT NULL,
        "regions" text[] NOT NULL
      )`);
    await enableTenantRls(queryRunner, ['project_counterpart_regions']);
    await q(REFRESH);

    // new projects, in one pass per statement (imports add many at once)
    await q(`CREATE FUNCTION project_counterpart_regions_of_new() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM project_counterpart_regions_refresh(ARRAY(SELECT id FROM new_rows));
        RETURN NULL;
      END $$`);
    await q(`CREATE TRIGGER signed_projects_counterpart_regions_insert AFTER INSERT ON "signed_projects"
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION project_counterpart_regions_of_new()`);

    // a project's parties or event changed
    await q(`CREATE FUNCTION project_counterpart_regions_of_project() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.party_ids IS DISTINCT FROM OLD.party_ids OR NEW.event_id IS DISTINCT FROM OLD.event_id THEN
          PERFORM project_counterpart_regions_refresh(ARRAY[NEW.id]);
        END IF;
        RETURN NULL;
      END $$`);
    await q(`CREATE TRIGGER signed_projects_counterpart_regions_update AFTER UPDATE OF party_ids, event_id ON "signed_projects"
      FOR EACH ROW EXECUTE FUNCTION project_counterpart_regions_of_project()`);

    // an organization's region changed, or it is gone: the projects it is a party to, and those of the events it hosts
    await q(`CREATE FUNCTION project_counterpart_regions_of_organization() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' OR NEW.region IS DISTINCT FROM OLD.region THEN
          PERFORM project_counterpart_regions_refresh(ARRAY(
            SELECT sp.id FROM signed_projects sp WHERE sp.party_ids @> ARRAY[OLD.id]
            UNION
            SELECT sp.id FROM event_organizations eo JOIN signed_projects sp ON sp.event_id = eo.event_id
             WHERE eo.organization_id = OLD.id AND eo.role = 'host'));
        END IF;
        RETURN NULL;
      END $$`);
    await q(`CREATE TRIGGER organizations_counterpart_regions AFTER UPDATE OF region OR DELETE ON "organizations"
      FOR EACH ROW EXECUTE FUNCTION project_counterpart_regions_of_organization()`);

    // an event's hosts changed: its projects
    await q(`CREATE FUNCTION project_counterpart_regions_of_host() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.role = 'host' THEN
          PERFORM project_counterpart_regions_refresh(ARRAY(SELECT id FROM signed_projects WHERE event_id = OLD.event_id));
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.role = 'host'
           AND (TG_OP = 'INSERT' OR OLD.role <> 'host' OR OLD.event_id <> NEW.event_id OR OLD.organization_id <> NEW.organization_id) THEN
          PERFORM project_counterpart_regions_refresh(ARRAY(SELECT id FROM signed_projects WHERE event_id = NEW.event_id));
        END IF;
        RETURN NULL;
      END $$`);
    await q(`CREATE TRIGGER event_organizations_counterpart_regions AFTER INSERT OR UPDATE OR DELETE ON "event_organizations"
      FOR EACH ROW EXECUTE FUNCTION project_counterpart_regions_of_host()`);

    await q(`SELECT project_counterpart_regions_refresh(ARRAY(SELECT id FROM signed_projects))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q('DROP TRIGGER IF EXISTS event_organizations_counterpart_regions ON "event_organizations"');
    await q('DROP TRIGGER IF EXISTS organizations_counterpart_regions ON "organizations"');
    await q('DROP TRIGGER IF EXISTS signed_projects_counterpart_regions_update ON "signed_projects"');
    await q('DROP TRIGGER IF EXISTS signed_projects_counterpart_regions_insert ON "signed_projects"');
    await q('DROP FUNCTION IF EXISTS project_counterpart_regions_of_host()');
    await q('DROP FUNCTION IF EXISTS project_counterpart_regions_of_organization()');
    await q('DROP FUNCTION IF EXISTS project_counterpart_regions_of_project()');
    await q('DROP FUNCTION IF EXISTS project_counterpart_regions_of_new()');
    await disableTenantRls(queryRunner, ['project_counterpart_regions']);
    await q('DROP TABLE IF EXISTS "project_counterpart_regions"');
    await q('DROP FUNCTION IF EXISTS project_counterpart_regions_refresh(uuid[])');
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

const HIDDEN_BEFORE = `ARRAY['id', 'workspace_id', 'created_at', 'updated_at', 'secret_hash', 'password_hash', 'last_used_at']`;
/**
 * Columns the database derives from others for speed (sort keys, search texts, an event's date copied
 * onto its records): they are not something a user changed, so the audit log leaves them out like keys.
 */
const HIDDEN_AFTER = `ARRAY['id', 'workspace_id', 'created_at', 'updated_at', 'secret_hash', 'password_hash', 'last_used_at', 'person_rank', 'order_key', 'search_name', 'event_date', 'period_date']`;
const AUDIT_FUNCTIONS = ['audit_row', 'audit_child_before', 'audit_child_after'];

/** Rewrites the audit functions with another list of hidden columns (their definitions are otherwise unchanged). */
async function replaceHidden(queryRunner: QueryRunner, from: string, to: string): Promise<void> {
  const functions: unknown = await queryRunner.query(
    `SELECT pg_get_functiondef(p.oid) AS definition FROM pg_proc p
       JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE n.nspname = 'public' AND p.proname = ANY($1)`,
    [AUDIT_FUNCTIONS],
  );
  const definitions = (functions as { definition: string }[]).map((f) => f.definition);
  if (definitions.length !== AUDIT_FUNCTIONS.length) throw new Error('the audit functions are missing');
  for (const definition of definitions) {
    if (!definition.includes(from)) throw new Error('an audit function does not hold the expected hidden columns');
    // pg_get_functiondef gives CREATE OR REPLACE FUNCTION …, so running it replaces the function
    await queryRunner.query(definition.split(from).join(to));
  }
}

export class AuditDerivedColumns1796210100000 implements MigrationInterface {
  name = 'AuditDerivedColumns1796210100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await replaceHidden(queryRunner, HIDDEN_BEFORE, HIDDEN_AFTER);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await replaceHidden(queryRunner, HIDDEN_AFTER, HIDDEN_BEFORE);
  }
}

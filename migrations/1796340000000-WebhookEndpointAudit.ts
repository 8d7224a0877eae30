import type { MigrationInterface, QueryRunner } from 'typeorm';

const HIDDEN_BEFORE = `ARRAY['id', 'workspace_id', 'created_at', 'updated_at', 'secret_hash', 'password_hash', 'last_used_at', 'person_rank', 'order_key', 'search_name', 'event_date', 'period_date']`;
/**
 * Also hidden: a webhook endpoint's signing secrets (encrypted, but secrets all the same, like the
 * hashes) and `failing_since`, the delivery bookkeeping the sender keeps on every first failure and
 * first success (not a change anyone made; a disable after failures is recorded by `enabled` and
 * `disabled_reason`).
 */
const HIDDEN_AFTER = `ARRAY['id', 'workspace_id', 'created_at', 'updated_at', 'secret_hash', 'password_hash', 'last_used_at', 'person_rank', 'order_key', 'search_name', 'event_date', 'period_date', 'secret_encrypted', 'previous_secret_encrypted', 'failing_since']`;
const AUDIT_FUNCTIONS = ['audit_row', 'audit_child_before', 'audit_child_after'];

/** A secret rotation has an action of its own: it is the only change that sets when the old secret stops signing. */
const ACTION_BEFORE = `      ELSE 'update' END;`;
const ACTION_AFTER = `      WHEN v_type = 'webhook_endpoint' AND v_after ? 'previous_secret_expires_at' AND v_new ->> 'previous_secret_expires_at' IS NOT NULL THEN 'rotate'
      ELSE 'update' END;`;

/** Rewrites the audit functions with the given replacements (their definitions are otherwise unchanged). */
async function rewrite(queryRunner: QueryRunner, replacements: [from: string, to: string, functions: string[]][]): Promise<void> {
  const functions: unknown = await queryRunner.query(
    `SELECT p.proname AS name, pg_get_functiondef(p.oid) AS definition FROM pg_proc p
       JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE n.nspname = 'public' AND p.proname = ANY($1)`,
    [AUDIT_FUNCTIONS],
  );
  const rows = functions as { name: string; definition: string }[];
  if (rows.length !== AUDIT_FUNCTIONS.length) throw new Error('the audit functions are missing');
  for (const { name, definition } of rows) {
    let next = definition;
    for (const [from, to, only] of replacements) {
      if (!only.includes(name)) continue;
      if (!next.includes(from)) throw new Error(`the audit function ${name} does not hold the expected text`);
      next = next.split(from).join(to);
    }
    // pg_get_functiondef gives CREATE OR REPLACE FUNCTION …, so running it replaces the function
    if (next !== definition) await queryRunner.query(next);
  }
}

/**
 * Webhook endpoints are audited like every other write: created, changed (event types, URL, enabled,
 * disabled by an owner or after failing for days), secret rotated, deleted; never their secrets.
 */
export class WebhookEndpointAudit1796340000000 implements MigrationInterface {
  name = 'WebhookEndpointAudit1796340000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await rewrite(queryRunner, [
      [HIDDEN_BEFORE, HIDDEN_AFTER, AUDIT_FUNCTIONS],
      [ACTION_BEFORE, ACTION_AFTER, ['audit_row']],
    ]);
    const args = `'webhook_endpoint', 'workspace_id', 'id'`;
    await queryRunner.query(`CREATE TRIGGER audit AFTER INSERT ON "webhook_endpoints" FOR EACH ROW EXECUTE FUNCTION audit_row(${args})`);
    await queryRunner.query(
      `CREATE TRIGGER audit_change BEFORE UPDATE OR DELETE ON "webhook_endpoints" FOR EACH ROW EXECUTE FUNCTION audit_row(${args})`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER IF EXISTS audit_change ON "webhook_endpoints"`);
    await queryRunner.query(`DROP TRIGGER IF EXISTS audit ON "webhook_endpoints"`);
    await rewrite(queryRunner, [
      [ACTION_AFTER, ACTION_BEFORE, ['audit_row']],
      [HIDDEN_AFTER, HIDDEN_BEFORE, AUDIT_FUNCTIONS],
    ]);
  }
}

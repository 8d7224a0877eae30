import type { MigrationInterface, QueryRunner } from 'typeorm';
import { TENANT_ROLE } from '../libs/core/src/database/tenant-role.js';

/**
 * Idempotency keys of POST requests, per workspace and credential (a user or an API key). A row is
 * inserted before the request runs (the unique index is the lock) and holds the response once it
 * finished. Only the service's own role reads and writes it, always naming workspace and credential.
 */
export class IdempotencyKeys1796124100000 implements MigrationInterface {
  name = 'IdempotencyKeys1796124100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "idempotency_keys" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
        "workspace_id" uuid NOT NULL REFERENCES "workspaces" ("id") ON DELETE CASCADE,
        "credential_id" uuid NOT NULL,
        "key" text NOT NULL CHECK (length("key") BETWEEN 1 AND 255),
        "request_hash" text NOT NULL,
        "status" text NOT NULL DEFAULT 'running' CHECK ("status" IN ('running', 'completed')),
        "response_status" integer,
        "response_type" text,
        "response_body" text,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "expires_at" timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_idempotency_keys_scope" ON "idempotency_keys" ("workspace_id", "credential_id", "key")`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_idempotency_keys_expires" ON "idempotency_keys" ("expires_at")`);
    await queryRunner.query(`REVOKE ALL ON "idempotency_keys" FROM ${TENANT_ROLE}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "idempotency_keys"`);
  }
}

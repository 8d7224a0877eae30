import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Schema1795465495257 implements MigrationInterface {
  name = 'Schema1795465495257';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "workspaces" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_098656ae401f3e1a4586f47fd8e" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "api_keys" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "workspace_id" uuid NOT NULL,
                "name" text NOT NULL,
                "role" text NOT NULL,
                "prefix" text NOT NULL,
                "secret_hash" text NOT NULL,
                "created_by" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "last_used_at" TIMESTAMP WITH TIME ZONE,
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_5c8a79801b44bd27b79228e1dad" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_deb68fe8625b21785d1c48283e" ON "api_keys" ("workspace_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_6f6105c8efe05b310d046cbdb3" ON "api_keys" ("prefix")
        `);
    await queryRunner.query(`
            CREATE TABLE "users" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "email" citext NOT NULL,
                "password_hash" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_97672ac88f789774dd47f7c8be3" UNIQUE ("email"),
                CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "memberships" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "workspace_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "role" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_25d28bd932097a9e90495ede7b4" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_7c1e2fdfed4f6838e0c05ae505" ON "memberships" ("user_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_b30e6ce2c364503f9840fa6440" ON "memberships" ("workspace_id", "user_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "organizations" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "workspace_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "kind" text NOT NULL,
                "region" text,
                "name" jsonb NOT NULL,
                "short_name" jsonb,
                CONSTRAINT "PK_6b031fcd0863e3f6b44230163f9" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_2fcd6b2e293e1fe6e4fcb7533f" ON "organizations" ("workspace_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_3921c671ebe81e13063835012c" ON "organizations" ("region")
        `);
    await queryRunner.query(`
            CREATE TABLE "event_organizations" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "workspace_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "event_id" uuid NOT NULL,
                "organization_id" uuid NOT NULL,
                "role" text NOT NULL,
                "ord" integer NOT NULL DEFAULT '0',
                CONSTRAINT "PK_e4ab5b74c5a00090aa962933718" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_72919ebfb2e3f73988e99dc099" ON "event_organizations" ("workspace_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_1c18249b02096459c36f0332fe" ON "event_organizations" ("organization_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_9ae6071ffbc405bc12cfb39188" ON "event_organizations" ("event_id", "organization_id", "role")
        `);
    await queryRunner.query(`
            CREATE TABLE "events" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "workspace_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "title" jsonb NOT NULL,
                "kind" text NOT NULL,
                "status" text NOT NULL DEFAULT 'draft',
                "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "ends_at" TIMESTAMP WITH TIME ZONE,
                "time_zone" text NOT NULL,
                "venue" jsonb,
                "city" jsonb,
                "theme" jsonb,
                "sides" jsonb NOT NULL DEFAULT '[]',
                CONSTRAINT "PK_40731c7151fe4be3116e45ddf73" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_a4a6e94b5357bba950eb90120f" ON "events" ("workspace_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_7ad015ec94c83742ec31cd6bcc" ON "events" ("workspace_id", "starts_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "agenda_items" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "workspace_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "event_id" uuid NOT NULL,
                "ord" integer NOT NULL,
                "kind" text NOT NULL,
                "title" jsonb,
                "subject" jsonb,
                "summary" jsonb,
                "starts_at" TIMESTAMP WITH TIME ZONE,
                "organization_id" uuid,
                CONSTRAINT "PK_7274c40301175b4b4b347820d0c" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_bba3405afe3b914b639a8727de" ON "agenda_items" ("workspace_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_cd32131b568d870e6852460997" ON "agenda_items" ("organization_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_11b71c5f85695690d15b828925" ON "agenda_items" ("event_id", "ord")
        `);
    await queryRunner.query(`
            CREATE TABLE "positions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "workspace_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "person_id" uuid NOT NULL,
                "ord" integer NOT NULL,
                "title" jsonb NOT NULL,
                "organization_id" uuid,
                CONSTRAINT "PK_17e4e62ccd5749b289ae3fae6f3" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_459578f536e8672e08a8212f01" ON "positions" ("workspace_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_558198775d351c94287b370d08" ON "positions" ("organization_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_3882b3a4ede1a49696d46e1947" ON "positions" ("person_id", "ord")
        `);
    await queryRunner.query(`
            CREATE TABLE "people" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "workspace_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "name" jsonb NOT NULL,
                "protocol_rank" integer NOT NULL DEFAULT '1000',
                "note" text,
                CONSTRAINT "PK_aa866e71353ee94c6cc51059c5b" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_c84e076347596f790dbf6ac09e" ON "people" ("workspace_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "attendances" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "workspace_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "event_id" uuid NOT NULL,
                "person_id" uuid NOT NULL,
                "role" text NOT NULL,
                "side" text,
                "protocol_order" integer,
                "status" text NOT NULL DEFAULT 'registered',
                "checked_in_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_483ed97cd4cd43ab4a117516b69" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_39ede8995ccac108410286715f" ON "attendances" ("workspace_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_ce1cf71d39103688bc6125f588" ON "attendances" ("person_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_3fd5089a8c5fe7870d34c49c9b" ON "attendances" ("event_id", "person_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "mous" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "workspace_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "event_id" uuid NOT NULL,
                "ord" integer NOT NULL DEFAULT '0',
                "title" jsonb NOT NULL,
                "purpose" jsonb,
                "signed_on" date,
                "status" text NOT NULL DEFAULT 'signed',
                "witness_ids" uuid array NOT NULL DEFAULT '{}',
                CONSTRAINT "PK_dc032b1188491b40bf86574d2c2" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_d89d109f4066cd78cdbfd7e2d8" ON "mous" ("workspace_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_34f88a6765477b752f074d845e" ON "mous" ("event_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "mou_parties" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "workspace_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "mou_id" uuid NOT NULL,
                "ord" integer NOT NULL,
                "organization_id" uuid NOT NULL,
                "signatory_id" uuid,
                CONSTRAINT "PK_32d5d0938bf8fc0e54997c12b80" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_1a1e36b188c15edd2a5091c884" ON "mou_parties" ("workspace_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_9ee488c093b7465e44fd7f6d51" ON "mou_parties" ("organization_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_c832838b841b5b0ed5922a810a" ON "mou_parties" ("signatory_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_9ac909e3d79c1df393153ce1ce" ON "mou_parties" ("mou_id", "organization_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "participant_groups" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "workspace_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "event_id" uuid NOT NULL,
                "ord" integer NOT NULL DEFAULT '0',
                "category" jsonb NOT NULL,
                "count" integer NOT NULL,
                "qualifier" text NOT NULL DEFAULT 'exact',
                CONSTRAINT "PK_e43370d9e0e04d37e18549611aa" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_87fa7d0125e60516993f42f732" ON "participant_groups" ("workspace_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "signed_projects" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "workspace_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "event_id" uuid NOT NULL,
                "ord" integer NOT NULL DEFAULT '0',
                "title" jsonb NOT NULL,
                "sector" text,
                "amount" numeric(18, 2),
                "currency" character(3),
                "status" text NOT NULL DEFAULT 'signed',
                "party_ids" uuid array NOT NULL DEFAULT '{}',
                CONSTRAINT "PK_f07c2884c49e24237b5fa857ce5" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_a1d1b2c517cdc7a6500810e801" ON "signed_projects" ("workspace_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_6c04d66d1f9d196acb4ffb96e1" ON "signed_projects" ("event_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_4b4f268e5b1a817e84dda2c8a1" ON "signed_projects" ("sector")
        `);
    await queryRunner.query(`
            CREATE TABLE "speeches" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "workspace_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "event_id" uuid NOT NULL,
                "attendance_id" uuid NOT NULL,
                "agenda_item_id" uuid,
                "kind" text NOT NULL,
                "ord" integer NOT NULL DEFAULT '0',
                "language" text,
                "key_points" jsonb NOT NULL DEFAULT '[]',
                "quotes" jsonb NOT NULL DEFAULT '[]',
                CONSTRAINT "PK_d86dfddfeadbfab6f9da7b76a42" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_0964cf4a9701b633c69ffba101" ON "speeches" ("workspace_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_3583e3e34996288a64a6a23169" ON "speeches" ("attendance_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_54154a36876fa0b4fec0dd7b8d" ON "speeches" ("event_id", "ord")
        `);
    await queryRunner.query(`
            CREATE TABLE "writeup_drafts" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "workspace_id" uuid NOT NULL,
                "event_id" uuid NOT NULL,
                "lang" text NOT NULL,
                "status" text NOT NULL DEFAULT 'draft',
                "current_version" integer NOT NULL DEFAULT '1',
                "published_version" integer,
                "published_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_091a03f015800abbeee15cf5419" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_6beddcdff0440fddcd5e9e6e29" ON "writeup_drafts" ("workspace_id", "event_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "writeup_versions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "workspace_id" uuid NOT NULL,
                "draft_id" uuid NOT NULL,
                "version" integer NOT NULL,
                "source" text NOT NULL,
                "headline" text NOT NULL,
                "body" text NOT NULL,
                "records_fingerprint" text,
                "created_by" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_71a041a05ffdf400120df4041d6" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_d74e279a8aec0b79216f427a32" ON "writeup_versions" ("draft_id", "version")
        `);
    await queryRunner.query(`
            ALTER TABLE "api_keys"
            ADD CONSTRAINT "FK_deb68fe8625b21785d1c48283e4" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "memberships"
            ADD CONSTRAINT "FK_9b76ecf1dda18a6adec17fe71c4" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "memberships"
            ADD CONSTRAINT "FK_7c1e2fdfed4f6838e0c05ae5051" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "event_organizations"
            ADD CONSTRAINT "FK_7a948bd02f1b8b4cb10c4d2e2f5" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "event_organizations"
            ADD CONSTRAINT "FK_1c18249b02096459c36f0332fe1" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "agenda_items"
            ADD CONSTRAINT "FK_3408e972de5b0585e93f7723415" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "agenda_items"
            ADD CONSTRAINT "FK_cd32131b568d870e68524609973" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "positions"
            ADD CONSTRAINT "FK_6981195597853149b41bdaa5dd4" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "positions"
            ADD CONSTRAINT "FK_558198775d351c94287b370d082" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "attendances"
            ADD CONSTRAINT "FK_c162246e3ed30830a054231629f" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "attendances"
            ADD CONSTRAINT "FK_ce1cf71d39103688bc6125f5889" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "mous"
            ADD CONSTRAINT "FK_34f88a6765477b752f074d845e0" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "mou_parties"
            ADD CONSTRAINT "FK_11786e84a42ef7beb40aa199948" FOREIGN KEY ("mou_id") REFERENCES "mous"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "mou_parties"
            ADD CONSTRAINT "FK_9ee488c093b7465e44fd7f6d515" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "mou_parties"
            ADD CONSTRAINT "FK_c832838b841b5b0ed5922a810a0" FOREIGN KEY ("signatory_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "participant_groups"
            ADD CONSTRAINT "FK_dddfa243fdfdd068692062866ec" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "signed_projects"
            ADD CONSTRAINT "FK_6c04d66d1f9d196acb4ffb96e16" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "speeches"
            ADD CONSTRAINT "FK_ecaf20edb304e7ffd56d5c1f9a9" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "speeches"
            ADD CONSTRAINT "FK_3583e3e34996288a64a6a231695" FOREIGN KEY ("attendance_id") REFERENCES "attendances"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "speeches"
            ADD CONSTRAINT "FK_0009e7352d8050c1e7e73898d26" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_items"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "writeup_versions"
            ADD CONSTRAINT "FK_e097243f7b18a4727b56bb63baf" FOREIGN KEY ("draft_id") REFERENCES "writeup_drafts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "writeup_versions" DROP CONSTRAINT "FK_e097243f7b18a4727b56bb63baf"
        `);
    await queryRunner.query(`
            ALTER TABLE "speeches" DROP CONSTRAINT "FK_0009e7352d8050c1e7e73898d26"
        `);
    await queryRunner.query(`
            ALTER TABLE "speeches" DROP CONSTRAINT "FK_3583e3e34996288a64a6a231695"
        `);
    await queryRunner.query(`
            ALTER TABLE "speeches" DROP CONSTRAINT "FK_ecaf20edb304e7ffd56d5c1f9a9"
        `);
    await queryRunner.query(`
            ALTER TABLE "signed_projects" DROP CONSTRAINT "FK_6c04d66d1f9d196acb4ffb96e16"
        `);
    await queryRunner.query(`
            ALTER TABLE "participant_groups" DROP CONSTRAINT "FK_dddfa243fdfdd068692062866ec"
        `);
    await queryRunner.query(`
            ALTER TABLE "mou_parties" DROP CONSTRAINT "FK_c832838b841b5b0ed5922a810a0"
        `);
    await queryRunner.query(`
            ALTER TABLE "mou_parties" DROP CONSTRAINT "FK_9ee488c093b7465e44fd7f6d515"
        `);
    await queryRunner.query(`
            ALTER TABLE "mou_parties" DROP CONSTRAINT "FK_11786e84a42ef7beb40aa199948"
        `);
    await queryRunner.query(`
            ALTER TABLE "mous" DROP CONSTRAINT "FK_34f88a6765477b752f074d845e0"
        `);
    await queryRunner.query(`
            ALTER TABLE "attendances" DROP CONSTRAINT "FK_ce1cf71d39103688bc6125f5889"
        `);
    await queryRunner.query(`
            ALTER TABLE "attendances" DROP CONSTRAINT "FK_c162246e3ed30830a054231629f"
        `);
    await queryRunner.query(`
            ALTER TABLE "positions" DROP CONSTRAINT "FK_558198775d351c94287b370d082"
        `);
    await queryRunner.query(`
            ALTER TABLE "positions" DROP CONSTRAINT "FK_6981195597853149b41bdaa5dd4"
        `);
    await queryRunner.query(`
            ALTER TABLE "agenda_items" DROP CONSTRAINT "FK_cd32131b568d870e68524609973"
        `);
    await queryRunner.query(`
            ALTER TABLE "agenda_items" DROP CONSTRAINT "FK_3408e972de5b0585e93f7723415"
        `);
    await queryRunner.query(`
            ALTER TABLE "event_organizations" DROP CONSTRAINT "FK_1c18249b02096459c36f0332fe1"
        `);
    await queryRunner.query(`
            ALTER TABLE "event_organizations" DROP CONSTRAINT "FK_7a948bd02f1b8b4cb10c4d2e2f5"
        `);
    await queryRunner.query(`
            ALTER TABLE "memberships" DROP CONSTRAINT "FK_7c1e2fdfed4f6838e0c05ae5051"
        `);
    await queryRunner.query(`
            ALTER TABLE "memberships" DROP CONSTRAINT "FK_9b76ecf1dda18a6adec17fe71c4"
        `);
    await queryRunner.query(`
            ALTER TABLE "api_keys" DROP CONSTRAINT "FK_deb68fe8625b21785d1c48283e4"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_d74e279a8aec0b79216f427a32"
        `);
    await queryRunner.query(`
            DROP TABLE "writeup_versions"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_6beddcdff0440fddcd5e9e6e29"
        `);
    await queryRunner.query(`
            DROP TABLE "writeup_drafts"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_54154a36876fa0b4fec0dd7b8d"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_3583e3e34996288a64a6a23169"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_0964cf4a9701b633c69ffba101"
        `);
    await queryRunner.query(`
            DROP TABLE "speeches"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_4b4f268e5b1a817e84dda2c8a1"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_6c04d66d1f9d196acb4ffb96e1"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_a1d1b2c517cdc7a6500810e801"
        `);
    await queryRunner.query(`
            DROP TABLE "signed_projects"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_87fa7d0125e60516993f42f732"
        `);
    await queryRunner.query(`
            DROP TABLE "participant_groups"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_9ac909e3d79c1df393153ce1ce"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_c832838b841b5b0ed5922a810a"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_9ee488c093b7465e44fd7f6d51"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_1a1e36b188c15edd2a5091c884"
        `);
    await queryRunner.query(`
            DROP TABLE "mou_parties"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_34f88a6765477b752f074d845e"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_d89d109f4066cd78cdbfd7e2d8"
        `);
    await queryRunner.query(`
            DROP TABLE "mous"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_3fd5089a8c5fe7870d34c49c9b"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_ce1cf71d39103688bc6125f588"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_39ede8995ccac108410286715f"
        `);
    await queryRunner.query(`
            DROP TABLE "attendances"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_c84e076347596f790dbf6ac09e"
        `);
    await queryRunner.query(`
            DROP TABLE "people"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_3882b3a4ede1a49696d46e1947"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_558198775d351c94287b370d08"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_459578f536e8672e08a8212f01"
        `);
    await queryRunner.query(`
            DROP TABLE "positions"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_11b71c5f85695690d15b828925"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_cd32131b568d870e6852460997"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_bba3405afe3b914b639a8727de"
        `);
    await queryRunner.query(`
            DROP TABLE "agenda_items"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_7ad015ec94c83742ec31cd6bcc"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_a4a6e94b5357bba950eb90120f"
        `);
    await queryRunner.query(`
            DROP TABLE "events"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_9ae6071ffbc405bc12cfb39188"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_1c18249b02096459c36f0332fe"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_72919ebfb2e3f73988e99dc099"
        `);
    await queryRunner.query(`
            DROP TABLE "event_organizations"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_3921c671ebe81e13063835012c"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_2fcd6b2e293e1fe6e4fcb7533f"
        `);
    await queryRunner.query(`
            DROP TABLE "organizations"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_b30e6ce2c364503f9840fa6440"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_7c1e2fdfed4f6838e0c05ae505"
        `);
    await queryRunner.query(`
            DROP TABLE "memberships"
        `);
    await queryRunner.query(`
            DROP TABLE "users"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_6f6105c8efe05b310d046cbdb3"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_deb68fe8625b21785d1c48283e"
        `);
    await queryRunner.query(`
            DROP TABLE "api_keys"
        `);
    await queryRunner.query(`
            DROP TABLE "workspaces"
        `);
  }
}

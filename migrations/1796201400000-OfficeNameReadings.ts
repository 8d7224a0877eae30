import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Name readings for Japanese 五十音 order, and the ICU collations reports sort by: Chinese surname stroke
 * order (姓氏笔画), pinyin, Japanese (kana readings) and English (family names).
 */
export class OfficeNameReadings1796201400000 implements MigrationInterface {
  name = 'OfficeNameReadings1796201400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "people" ADD "reading" text`);
    await queryRunner.query(`CREATE COLLATION IF NOT EXISTS "report_zh_stroke" (provider = icu, locale = 'zh-u-co-stroke')`);
    await queryRunner.query(`CREATE COLLATION IF NOT EXISTS "report_zh_pinyin" (provider = icu, locale = 'zh-u-co-pinyin')`);
    await queryRunner.query(`CREATE COLLATION IF NOT EXISTS "report_ja" (provider = icu, locale = 'ja')`);
    await queryRunner.query(`CREATE COLLATION IF NOT EXISTS "report_en" (provider = icu, locale = 'en')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const name of ['report_en', 'report_ja', 'report_zh_pinyin', 'report_zh_stroke']) {
      await queryRunner.query(`DROP COLLATION IF EXISTS "${name}"`);
    }
    await queryRunner.query(`ALTER TABLE "people" DROP COLUMN "reading"`);
  }
}

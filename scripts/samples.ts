import 'reflect-metadata';
import { execFileSync, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { JwtService } from '@nestjs/jwt';
import { NestFactory } from '@nestjs/core';
import { LANGUAGES, type Actor, type Language } from '@app/core';
import { AuthService, CredentialsService } from '@app/identity';
import { ReportsService, type ReportOrder, type ReportRequest } from '@app/reports';
import { ProtocolFilesService, SeatingPlansService } from '@app/protocol';
import { ScriptService, WriteupService } from '@app/writeup';
import { prepareLocalEnvironment } from '../apps/api/src/bootstrap-env.js';
import { DemoLoader } from '../apps/api/src/demo/demo-loader.js';
import { DemoModule } from '../apps/api/src/demo/demo.module.js';

const EMAIL = process.env.DEMO_EMAIL ?? 'demo@eventreg.example';
const PASSWORD = process.env.DEMO_PASSWORD ?? 'demo-password-2024';
const log = (line: string) => process.stdout.write(`[samples] ${line}\n`);

/** The order each language's office files a list in, beside protocol order. */
const OFFICE_ORDER: Record<Language, ReportOrder> = { zh: 'stroke', ja: 'gojuon', en: 'family' };
const LEGACY_CSV: Partial<Record<Language, ReportRequest['encoding']>> = { zh: 'gb18030', ja: 'shift_jis' };

interface Sample {
  file: string;
  request: ReportRequest;
}

function reportSamples(lang: Language): Sample[] {
  const order = OFFICE_ORDER[lang];
  const base = { lang, filters: {} };
  const samples: Sample[] = [
    ...(['pdf', 'xlsx', 'csv'] as const).map((format) => ({
      file: `${lang}-attendance.${format}`,
      request: { ...base, report: 'attendance' as const, format },
    })),
    { file: `${lang}-attendance-${order}.pdf`, request: { ...base, report: 'attendance', format: 'pdf', order } },
    ...(['pdf', 'xlsx'] as const).flatMap((format) => [
      { file: `${lang}-sign-in-sheet.${format}`, request: { ...base, report: 'sign-in-sheet' as const, format } },
      {
        file: `${lang}-sign-in-sheet-by-organization-${order}.${format}`,
        request: { ...base, report: 'sign-in-sheet' as const, format, groupBy: 'organization' as const, order },
      },
    ]),
  ];
  const encoding = LEGACY_CSV[lang];
  if (encoding)
    samples.push({ file: `${lang}-attendance-${encoding}.csv`, request: { ...base, report: 'attendance', format: 'csv', encoding } });
  return samples;
}

const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

/** Every page of a PDF as `<name>-<page>.png` at 80 dpi. */
function pdfToPng(pdf: string, outDir: string): void {
  const base = join(outDir, pdf.replace(/^.*\//, '').replace(/\.pdf$/, ''));
  execFileSync('pdftoppm', ['-png', '-r', '80', pdf, base]);
}

/** XLSX and DOCX through LibreOffice to PDF (in a scratch folder), then to PNG. */
function officeToPng(files: string[], outDir: string): void {
  if (files.length === 0) return;
  const scratch = join(outDir, '.office');
  mkdirSync(scratch, { recursive: true });
  execFileSync('soffice', ['--headless', '--norestore', '--convert-to', 'pdf', '--outdir', scratch, ...files], { stdio: 'ignore' });
  for (const pdf of readdirSync(scratch).filter((f) => f.endsWith('.pdf'))) {
    const ext = files.find((f) => f.endsWith(pdf.replace(/\.pdf$/, '.xlsx'))) ? 'xlsx' : 'docx';
    const renamed = join(scratch, pdf.replace(/\.pdf$/, `.${ext}.pdf`));
    renameSync(join(scratch, pdf), renamed);
    pdfToPng(renamed, outDir);
  }
  rmSync(scratch, { recursive: true, force: true });
}

/**
 * Writes every report and writeup format of the demo event, in every language, to a folder (default `samples/`),
 * and renders them to PNG when pdftoppm (and LibreOffice, for XLSX and DOCX) are installed.
 */
async function main(): Promise<void> {
  const outDir = resolve(process.argv[2] ?? process.env.SAMPLES_DIR ?? 'samples');
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, 'png'), { recursive: true });
  const embedded = await prepareLocalEnvironment(log);
  const app = await NestFactory.createApplicationContext(DemoModule, { logger: ['error', 'warn'] });
  try {
    const auth = app.get(AuthService);
    const token = await auth
      .signup({ email: EMAIL, password: PASSWORD, workspaceName: 'Demo: Shandong S&T Department' })
      .catch((err: { code?: string }) => {
        if (err.code !== 'EMAIL_TAKEN') throw err;
        return auth.login({ email: EMAIL, password: PASSWORD });
      });
    const { sub } = app.get(JwtService).decode<{ sub: string }>(token.accessToken);
    const actor: Actor | null = await app.get(CredentialsService).actorForUser(sub, token.workspaceId);
    if (!actor) throw new Error('the demo user has no workspace');
    const { eventId } = await app.get(DemoLoader).load(actor);

    const reports = app.get(ReportsService, { strict: false });
    const writeups = app.get(WriteupService, { strict: false });
    const scripts = app.get(ScriptService, { strict: false });
    const written: string[] = [];
    for (const lang of LANGUAGES) {
      for (const { file, request } of reportSamples(lang)) {
        const download = await reports.open(actor, eventId, request);
        await pipeline(download.stream, createWriteStream(join(outDir, file)));
        written.push(file);
      }
      for (const format of ['docx', 'md', 'html', 'txt'] as const) {
        const rendered = await writeups.render(actor, eventId, lang, format);
        const file = `${lang}-writeup.${format}`;
        writeFileSync(join(outDir, file), rendered.body as string | Buffer);
        written.push(file);
      }
      for (const format of ['docx', 'md'] as const) {
        const rendered = await scripts.render(actor, eventId, lang, format);
        const file = `${lang}-script.${format}`;
        writeFileSync(join(outDir, file), rendered.body);
        written.push(file);
      }
    }
    // the demo's head table: its chart (PDF, XLSX), place cards with a second language, and the badges
    const [plan] = (await app.get(SeatingPlansService, { strict: false }).list(actor, eventId, { page: 1, pageSize: 1 })).items;
    const protocolFiles = app.get(ProtocolFilesService, { strict: false });
    for (const lang of LANGUAGES) {
      const files: [string, Promise<{ body: Buffer }>][] = [
        [`${lang}-badges.pdf`, protocolFiles.badges(actor, eventId, lang)],
        ...(plan
          ? ([
              [`${lang}-seating-chart.pdf`, protocolFiles.seatingChart(actor, eventId, plan.id, lang, 'a4', 'pdf')],
              [`${lang}-seating-chart.xlsx`, protocolFiles.seatingChart(actor, eventId, plan.id, lang, 'a4', 'xlsx')],
              [`${lang}-place-cards.pdf`, protocolFiles.placeCards(actor, eventId, plan.id, lang, lang === 'en' ? 'zh' : 'en')],
            ] as [string, Promise<{ body: Buffer }>][])
          : []),
      ];
      for (const [file, made] of files) {
        writeFileSync(join(outDir, file), (await made).body);
        written.push(file);
      }
    }
    log(`${written.length} files in ${outDir}`);

    const png = join(outDir, 'png');
    if (!has('pdftoppm')) {
      log('pdftoppm not found (poppler-utils): no PNGs');
      return;
    }
    for (const file of written.filter((f) => f.endsWith('.pdf'))) pdfToPng(join(outDir, file), png);
    if (has('soffice')) {
      officeToPng(
        written.filter((f) => f.endsWith('.xlsx') || f.endsWith('.docx')).map((f) => join(outDir, f)),
        png,
      );
    } else {
      log('LibreOffice (soffice) not found: XLSX and DOCX not rendered');
    }
    log(`${readdirSync(png).length} PNG pages in ${png}`);
  } finally {
    await app.close();
    await embedded?.stop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`[samples] failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});

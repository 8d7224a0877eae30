import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerFixtures, registerSessions } from './support/register-fixtures.js';
import { finishedImport } from './support/imports.js';
import { createTestContext, type Session, type TestContext } from './support/test-app.js';

let ctx: TestContext;
let f: ReturnType<typeof registerFixtures>;
let owner: Session;
let organizer: Session;
let official: Session;
let other: Session;

beforeAll(async () => {
  ctx = await createTestContext();
  f = registerFixtures(ctx);
  ({ owner, organizer, official, other } = await registerSessions(ctx, 'Qingdao foreign affairs office'));
});
afterAll(async () => {
  await ctx?.close();
});

const api = (path: string) => `/api/v1${path}`;
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const csv = (lines: string[]) => Buffer.concat([BOM, Buffer.from(lines.join('\r\n') + '\r\n', 'utf8')]);
const CSV = { filename: 'list.csv', contentType: 'text/csv' };
const XLSX = { filename: 'list.xlsx', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };

/** An event whose sides have Chinese names too: the lists below name a side by code or by its name. */
const newEvent = (s: Session) =>
  f.event(s, {
    title: { zh: '鲁港科技合作交流会', en: 'Shandong–Hong Kong exchange meeting' },
    sides: [
      { code: 'shandong', name: { zh: '山东方', en: 'Shandong' } },
      { code: 'hongkong', name: { zh: '香港方', en: 'Hong Kong' } },
    ],
  });

const upload = (s: Session, eventId: string, file: Buffer, options: { filename: string; contentType: string } = CSV, query = '') =>
  ctx
    .http()
    .post(api(`/events/${eventId}/attendees/import${query}`))
    .set(s.auth)
    .attach('file', file, options);

/** Uploads a list and waits for its import job to finish. */
const imported = async (s: Session, eventId: string, file: Buffer, options = CSV) =>
  finishedImport(ctx, s.auth, await upload(s, eventId, file, options));

const attendees = async (s: Session, eventId: string) =>
  (
    await ctx
      .http()
      .get(api(`/events/${eventId}/attendees`))
      .set(s.auth)
      .expect(200)
  ).body;
const total = async (s: Session, path: string) => (await ctx.http().get(api(path)).set(s.auth).expect(200)).body.total as number;

const DELEGATION = [
  'name_zh,name_ja,name_en,title_zh,title_en,organization_zh,organization_en,organization_kind,region,role,side,protocol_rank',
  "周安,周安,Zhou An,副市长,Vice Mayor,青岛市人民政府,Qingdao Municipal People's Government,government,Qingdao,presider,shandong,20",
  "宋军继,宋軍継,Song Junji,副省长,Vice Governor,山东省人民政府,Shandong Provincial People's Government,government,Shandong,speaker,shandong,10",
  '"陈,明",陳明,"Chan, Ming",署长,Director-General,投资推广署,Invest Hong Kong,government,Hong Kong,speaker,香港方,30',
  '李娜,,Li Na,处长,Division Director,青岛市人民政府,,,,guest,shandong,',
];

describe('attendee list import', () => {
  it('creates people, organizations and attendances from a CSV, listed in protocol order', async () => {
    const event = await newEvent(owner);
    const accepted = await upload(organizer, event.id, csv(DELEGATION));
    expect(accepted.status).toBe(202);
    expect(accepted.body).toMatchObject({ eventId: event.id, status: 'queued', totalRows: 4, format: 'csv', encoding: 'utf-8' });
    const done = await finishedImport(ctx, organizer.auth, accepted);
    expect(done).toMatchObject({
      status: 'succeeded',
      totalRows: 4,
      rowsDone: 4,
      errorCount: 0,
      errors: [],
      failure: null,
      result: { peopleCreated: 4, peopleMatched: 0, organizationsCreated: 3, attendancesAdded: 4, ignoredColumns: [] },
      attempts: 1,
    });

    const list = await attendees(owner, event.id);
    expect(list.items.map((a: { person: { name: { en: string } } }) => a.person.name.en)).toEqual([
      'Song Junji',
      'Zhou An',
      'Chan, Ming',
      'Li Na',
    ]);
    const [song, zhou, chan, li] = list.items;
    expect(song).toMatchObject({ role: 'speaker', side: 'shandong', status: 'registered', effectiveOrder: 1 });
    expect(song.person).toMatchObject({ name: { zh: '宋军继', ja: '宋軍継', en: 'Song Junji' }, protocolRank: 10 });
    expect(song.person.positions).toMatchObject([
      { title: { zh: '副省长', en: 'Vice Governor' }, organization: { kind: 'government', name: { zh: '山东省人民政府' } } },
    ]);
    expect(zhou.role).toBe('presider');
    expect(chan).toMatchObject({ side: 'hongkong', person: { name: { zh: '陈,明' } } });
    expect(li).toMatchObject({ role: 'guest', person: { protocolRank: 1000 } });
    expect(li.person.positions[0].organization.id).toBe(zhou.person.positions[0].organization.id);

    const orgs = await ctx.http().get(api('/organizations?region=Hong Kong')).set(owner.auth).expect(200);
    expect(orgs.body.items.map((o: { name: { en: string } }) => o.name.en)).toEqual(['Invest Hong Kong']);
  });

  it('matches people already recorded when the list is imported into another event', async () => {
    const first = await newEvent(owner);
    expect((await imported(owner, first.id, csv(DELEGATION))).status).toBe('succeeded');
    const peopleBefore = await total(owner, '/people');
    const orgsBefore = await total(owner, '/organizations');

    const second = await newEvent(owner);
    const res = await imported(owner, second.id, csv(DELEGATION));
    expect(res).toMatchObject({
      status: 'succeeded',
      result: { peopleCreated: 0, peopleMatched: 4, organizationsCreated: 0, attendancesAdded: 4 },
    });
    expect(await total(owner, '/people')).toBe(peopleBefore);
    expect(await total(owner, '/organizations')).toBe(orgsBefore);
    const firstIds = (await attendees(owner, first.id)).items.map((a: { personId: string }) => a.personId).sort();
    const secondIds = (await attendees(owner, second.id)).items.map((a: { personId: string }) => a.personId).sort();
    expect(secondIds).toEqual(firstIds);

    const again = await imported(owner, second.id, csv(DELEGATION));
    expect(again).toMatchObject({ status: 'failed', failure: { code: 'IMPORT_REJECTED' }, errorCount: 4, result: null });
    expect(again.errors).toHaveLength(4);
    expect(again.errors[0]).toEqual({ row: 2, field: 'name', reason: 'this person already attends the event' });
  });

  it('keeps the family names of a list and takes a delegation column as the side', async () => {
    const event = await newEvent(owner);
    const list = ['name_en,surname,氏名,苗字,delegation', 'Kenichi Yamamoto,Yamamoto,山本健一,山本,Hong Kong'];
    expect(await imported(owner, event.id, csv(list))).toMatchObject({ status: 'succeeded' });
    const [yamamoto] = (await attendees(owner, event.id)).items;
    expect(yamamoto).toMatchObject({ side: 'hongkong', person: { familyName: { en: 'Yamamoto', ja: '山本' } } });
  });

  it('imports the first worksheet of an XLSX workbook with Chinese headers', async () => {
    const event = await newEvent(owner);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('参会名单');
    sheet.addRow(['姓名', '职务', '单位', 'organization_kind', 'role', 'protocol_order', '备注']);
    sheet.addRow(['刘长文', '主任', '青岛自贸片区管委会', 'development_zone', 'speaker', 1, '致辞']);
    sheet.addRow(['王芳', '总经理', '青岛海洋科技有限公司', 'enterprise', 'participant', 2, '']);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());

    const res = await imported(organizer, event.id, file, XLSX);
    expect(res).toMatchObject({
      status: 'succeeded',
      format: 'xlsx',
      encoding: null,
      result: { peopleCreated: 2, organizationsCreated: 2, attendancesAdded: 2, ignoredColumns: ['备注'] },
    });
    const list = await attendees(owner, event.id);
    expect(list.items.map((a: { person: { name: { zh: string } }; protocolOrder: number }) => [a.person.name.zh, a.protocolOrder])).toEqual(
      [
        ['刘长文', 1],
        ['王芳', 2],
      ],
    );
    expect(list.items[1].person.positions[0].organization.kind).toBe('enterprise');
  });

  it('rejects the whole file when one row is bad, naming the row, and writes nothing', async () => {
    const event = await newEvent(owner);
    const peopleBefore = await total(owner, '/people');
    const orgsBefore = await total(owner, '/organizations');
    const file = csv([
      'name_en,organization_en,title_en,role',
      'Alice Good,Brand New Org,CEO,guest',
      'Bob Bad,Another New Org,CTO,chairman',
      'Carol Good,,,participant',
    ]);

    const res = await imported(owner, event.id, file);
    expect(res).toMatchObject({ status: 'failed', failure: { code: 'IMPORT_REJECTED' }, errorCount: 1, rowsDone: 0 });
    expect(res.errors).toEqual([{ row: 3, field: 'role', reason: expect.stringContaining('chairman') }]);
    // a dry run of the same file answers at once
    const dry = await upload(owner, event.id, file, CSV, '?dryRun=true');
    expect(dry.status).toBe(422);
    expect(dry.body.code).toBe('IMPORT_REJECTED');
    expect(dry.body.details.rows).toEqual(res.errors);
    expect((await attendees(owner, event.id)).total).toBe(0);
    expect(await total(owner, '/people')).toBe(peopleBefore);
    expect(await total(owner, '/organizations')).toBe(orgsBefore);
  });

  it('checks and reports without writing on a dry run', async () => {
    const event = await newEvent(owner);
    const peopleBefore = await total(owner, '/people');
    const file = csv(['name_en,title_en,organization_en', 'Dry Runner,Adviser,Dry Run Institute']);
    const res = await upload(owner, event.id, file, CSV, '?dryRun=true');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      rows: 1,
      peopleCreated: 1,
      organizationsCreated: 1,
      attendancesAdded: 0,
      dryRun: true,
      items: [{ row: 2, personId: null, matched: false }],
    });
    const imports = await ctx
      .http()
      .get(api(`/events/${event.id}/imports`))
      .set(owner.auth)
      .expect(200);
    expect(imports.body.total).toBe(0);
    expect((await attendees(owner, event.id)).total).toBe(0);
    expect(await total(owner, '/people')).toBe(peopleBefore);
    expect((await upload(owner, event.id, file, CSV, '?dryRun=maybe')).status).toBe(400);
  });

  it("is for organizers and owners of the event's workspace, and refuses a cancelled event", async () => {
    const event = await newEvent(owner);
    const file = csv(['name_en', 'Someone']);
    const forbidden = await upload(official, event.id, file);
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.code).toBe('INSUFFICIENT_ROLE');
    const foreign = await upload(other, event.id, file);
    expect(foreign.status).toBe(404);
    expect(foreign.body.code).toBe('NOT_FOUND');
    expect((await attendees(owner, event.id)).total).toBe(0);

    await ctx
      .http()
      .patch(api(`/events/${event.id}`))
      .set(owner.auth)
      .send({ status: 'cancelled' })
      .expect(200);
    const cancelled = await upload(owner, event.id, file);
    expect(cancelled.status).toBe(409);
    expect(cancelled.body.code).toBe('EVENT_CANCELLED');
  });

  it('refuses uploads that are not an attendee list', async () => {
    const event = await newEvent(owner);
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const image = await upload(owner, event.id, png, { filename: 'photo.png', contentType: 'image/png' });
    expect(image.status).toBe(415);
    expect(image.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');

    const json = await ctx
      .http()
      .post(api(`/events/${event.id}/attendees/import`))
      .set(owner.auth)
      .send({ file: 'name_en\nX' });
    expect(json.status).toBe(415);

    const noFile = await ctx
      .http()
      .post(api(`/events/${event.id}/attendees/import`))
      .set(owner.auth)
      .field('note', 'x');
    expect(noFile.status).toBe(400);
    expect(noFile.body.code).toBe('VALIDATION_FAILED');

    const noHeader = await upload(owner, event.id, csv(['title_en,role', 'CEO,guest']));
    expect(noHeader.status).toBe(400);
    expect(noHeader.body.message).toMatch(/no name column/);

    const empty = await upload(owner, event.id, Buffer.alloc(0));
    expect(empty.status).toBe(400);
  });

  it('refuses a file over 20 MB with 413', async () => {
    const event = await newEvent(owner);
    const big = Buffer.alloc(20 * 1024 * 1024 + 1024, 'a');
    const res = await upload(owner, event.id, big);
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('documents the multipart body and its errors in OpenAPI', async () => {
    const doc = (await ctx.http().get('/docs-json').expect(200)).body;
    const operation = doc.paths['/api/v1/events/{eventId}/attendees/import'].post;
    expect(operation.requestBody.content['multipart/form-data'].schema.properties.file).toEqual({ type: 'string', format: 'binary' });
    expect(operation.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['eventId', 'dryRun']));
    expect(operation.parameters.map((p: { name: string }) => p.name)).toContain('encoding');
    for (const status of ['403', '404', '409', '413', '415', '422']) expect(operation.responses[status]).toBeDefined();
    expect(operation.responses['202'].content['application/json'].schema.$ref).toContain('AttendeeImportDto');
    expect(operation.responses['200'].content['application/json'].schema.$ref).toContain('AttendeeImportReportDto');
    expect(operation.responses['201']).toBeUndefined();
    const status = doc.paths['/api/v1/events/{eventId}/imports/{importId}'].get;
    expect(status.responses['200'].content['application/json'].schema.$ref).toContain('AttendeeImportDto');
  });
});

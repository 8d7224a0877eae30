import type { EntityManager } from 'typeorm';
import { AppException, resolveText, type Language, type LocalizedText } from '@app/core';
import { rankedAttendanceWhere, rankedAttendances } from '@app/register';
import type { AttendanceRow, AttendanceSummary, ReportHeader, TextFallback } from '../attendance-row.js';
import { reportLabels } from '../labels/index.js';
import { organizationSortSql, reportOrderBy, textSql, type ReportOrder } from '../report-order.js';

export interface ReportFilters {
  status?: AttendanceRow['status'];
  side?: string;
  role?: AttendanceRow['role'];
  /** leave out attendees replaced by a deputy (the sign-in sheet: they will not be there to sign; the deputy is listed) */
  withoutReplaced?: boolean;
}

/** The columns of `events` a report header reads. */
interface EventRow {
  title: LocalizedText;
  starts_at: Date;
  ends_at: Date | null;
  time_zone: string;
  venue: LocalizedText | null;
  city: LocalizedText | null;
  sides: { code: string; name: LocalizedText }[];
}

type SummaryTotals = Omit<AttendanceSummary, 'participantGroups'>;

interface PositionJson {
  title: LocalizedText;
  org: LocalizedText | null;
  orgShort: LocalizedText | null;
  kind: string | null;
}

interface RowRecord {
  id: string;
  effective_order: number;
  role: AttendanceRow['role'];
  side: string | null;
  status: AttendanceRow['status'];
  checked_in_at: Date | null;
  name: LocalizedText;
  positions: PositionJson[] | null;
  principal_name: LocalizedText | null;
}

/** A listed attendee with text missing in the report's language (for `strict` reports). */
export interface MissingTranslation {
  /** protocol place over the whole event */
  protocolOrder: number;
  attendanceId: string;
  name: string;
  fields: TextFallback['field'][];
}

/** At most this many rows are named in a MISSING_TRANSLATIONS answer. */
const MISSING_LISTED = 100;

const BATCH = 500;
let cursorSeq = 0;

/**
 * Reads one event's attendance for a report inside the caller's workspace transaction: the header,
 * the summary (one aggregate query over the same filtered set) and the rows, streamed from a
 * server-side cursor in batches so memory does not grow with the number of attendees.
 */
export class AttendanceReportSource {
  private sides = new Map<string, { text: string; used: Language | null }>();

  constructor(
    private readonly em: EntityManager,
    private readonly eventId: string,
    private readonly lang: Language,
    private readonly filters: ReportFilters,
    private readonly order: ReportOrder = 'protocol',
  ) {}

  async header(now = new Date()): Promise<ReportHeader> {
    const [event] = await this.em.query<EventRow[]>('SELECT * FROM events WHERE id = $1', [this.eventId]);
    if (!event) throw AppException.notFound('Event', this.eventId);
    this.sides = new Map(
      event.sides.map((s) => {
        const resolved = resolveText(s.name, this.lang);
        return [s.code, { text: resolved?.text || s.code, used: resolved?.fallback ? resolved.lang : null }];
      }),
    );
    const note = Object.entries(this.filters)
      .filter(([k, v]) => v && k !== 'withoutReplaced')
      .map(([k, v]) => `${k}=${k === 'side' ? (this.sides.get(v as string)?.text ?? v) : v}`)
      .join(', ');
    const [author] = await this.em.query<{ name: LocalizedText }[]>(
      `SELECT o.name FROM event_organizations eo JOIN organizations o ON o.id = eo.organization_id
        WHERE eo.event_id = $1 ORDER BY CASE eo.role WHEN 'organizer' THEN 0 WHEN 'host' THEN 1 ELSE 2 END, eo.ord LIMIT 1`,
      [this.eventId],
    );
    return {
      lang: this.lang,
      eventTitle: this.text(event.title),
      startsAt: new Date(event.starts_at),
      endsAt: event.ends_at ? new Date(event.ends_at) : null,
      timeZone: event.time_zone,
      venue: this.text(event.venue) || null,
      city: this.text(event.city) || null,
      generatedAt: now,
      filterNote: note || null,
      order: this.order,
      author: author ? this.text(author.name) || null : null,
    };
  }

  /**
   * The listed attendees whose name, position titles or organization names lack the report's language
   * (at most MISSING_LISTED of them, in protocol order), and how many there are in all.
   */
  async missingTranslations(): Promise<{ total: number; rows: MissingTranslation[] }> {
    const { where, params } = this.where();
    params.push(this.lang);
    const lang = `$${params.length}`;
    const missing = (column: string) => `coalesce(btrim(${column}->>${lang}), '') = ''`;
    const records = await this.em.query<
      {
        id: string;
        effective_order: number;
        name: LocalizedText;
        name_missing: boolean;
        titles_missing: boolean;
        orgs_missing: boolean;
        total: number;
      }[]
    >(
      `SELECT *, count(*) OVER ()::int AS total FROM (
         SELECT r.id, r.effective_order, p.name, ${missing('p.name')} AS name_missing,
                EXISTS (SELECT 1 FROM positions pos WHERE pos.person_id = r.person_id AND ${missing('pos.title')}) AS titles_missing,
                EXISTS (SELECT 1 FROM positions pos JOIN organizations o ON o.id = pos.organization_id
                         WHERE pos.person_id = r.person_id AND ${missing('o.name')}) AS orgs_missing
           FROM (${rankedAttendances('$1')}) r JOIN people p ON p.id = r.person_id ${where}) m
        WHERE name_missing OR titles_missing OR orgs_missing
        ORDER BY effective_order LIMIT ${MISSING_LISTED}`,
      params,
    );
    const rows = records.map((r) => ({
      protocolOrder: r.effective_order,
      attendanceId: r.id,
      name: this.text(r.name),
      fields: [
        ...(r.name_missing ? (['name'] as const) : []),
        ...(r.titles_missing ? (['positions'] as const) : []),
        ...(r.orgs_missing ? (['organization'] as const) : []),
      ],
    }));
    return { total: records[0]?.total ?? 0, rows };
  }

  /** How many rows the report lists: the last row's number. */
  async count(): Promise<number> {
    const { where, params } = this.where();
    const [{ total }] = await this.em.query<{ total: number }[]>(
      `SELECT count(*)::int AS total FROM (SELECT * FROM attendances WHERE event_id = $1) r ${where}`,
      params,
    );
    return total;
  }

  async summary(): Promise<AttendanceSummary> {
    const { where, params } = this.where();
    const [totals] = await this.em.query<SummaryTotals[]>(
      `WITH f AS (
         SELECT r.*, (SELECT o.kind FROM positions pos JOIN organizations o ON o.id = pos.organization_id
                       WHERE pos.person_id = r.person_id ORDER BY pos.ord LIMIT 1) AS kind
           FROM (${rankedAttendances('$1')}) r ${where})
       SELECT count(*)::int AS total,
              count(*) FILTER (WHERE status = 'registered')::int AS registered,
              count(*) FILTER (WHERE status = 'checked_in')::int AS "checkedIn",
              count(*) FILTER (WHERE status = 'absent')::int AS absent,
              count(*) FILTER (WHERE status = 'invited')::int AS invited,
              coalesce((SELECT jsonb_object_agg(role, n) FROM (SELECT role, count(*)::int n FROM f GROUP BY role) x), '{}') AS "byRole",
              coalesce((SELECT jsonb_object_agg(coalesce(side, ''), n) FROM (SELECT side, count(*)::int n FROM f GROUP BY side) x), '{}') AS "bySide",
              coalesce((SELECT jsonb_object_agg(k, n) FROM (SELECT coalesce(kind, 'other') k, count(*)::int n FROM f GROUP BY 1) x), '{}') AS "byOrganizationKind",
              coalesce((SELECT jsonb_object_agg(coalesce(side, ''), n) FROM (SELECT side, count(*)::int n FROM f WHERE status = 'checked_in' GROUP BY side) x), '{}') AS "checkedInBySide",
              coalesce((SELECT jsonb_object_agg(k, n) FROM (SELECT coalesce(kind, 'other') k, count(*)::int n FROM f WHERE status = 'checked_in' GROUP BY 1) x), '{}') AS "checkedInByOrganizationKind",
              min(checked_in_at) AS "firstCheckIn",
              max(checked_in_at) AS "lastCheckIn"
         FROM f`,
      params,
    );
    const groups: { category: LocalizedText; count: number; qualifier: AttendanceSummary['participantGroups'][number]['qualifier'] }[] =
      await this.em.query('SELECT category, count, qualifier FROM participant_groups WHERE event_id = $1 ORDER BY ord, created_at', [
        this.eventId,
      ]);
    const sideNames = (counts: Record<string, number> | undefined) => {
      const named: Record<string, number> = {};
      for (const [code, n] of Object.entries(counts ?? {})) named[code ? (this.sides.get(code)?.text ?? code) : ''] = n;
      return named;
    };
    return {
      ...totals,
      bySide: sideNames(totals.bySide),
      checkedInBySide: sideNames(totals.checkedInBySide),
      firstCheckIn: totals.firstCheckIn ? new Date(totals.firstCheckIn) : null,
      lastCheckIn: totals.lastCheckIn ? new Date(totals.lastCheckIn) : null,
      participantGroups: groups.map((g) => ({ category: this.text(g.category), count: g.count, qualifier: g.qualifier })),
    };
  }

  /**
   * Rows in the report's order, grouped by organization when asked (organizations in the same order), numbered
   * 1, 2, 3… down the list. Each call opens a new cursor.
   */
  async *rows(groupByOrganization = false): AsyncIterable<AttendanceRow> {
    const { where, params } = this.where();
    const order = reportOrderBy(this.order, groupByOrganization, params);
    const cursor = `report_rows_${++cursorSeq}`;
    // In protocol order the rows come straight off the protocol-order index, each with its person, positions and
    // principal looked up by key: PostgreSQL hands out the first batch at once and reads the next while this one
    // is written (a hash join would build every row and sort them all before the first).
    await this.em.query(
      `DECLARE ${cursor} NO SCROLL CURSOR FOR
         SELECT r.id, r.effective_order, r.role, r.side, r.status, r.checked_in_at, p.name, held.positions, pp.name AS principal_name
           FROM (${rankedAttendances('$1')}) r
           JOIN people p ON p.id = r.person_id
           LEFT JOIN LATERAL (
             SELECT json_agg(json_build_object('title', pos.title, 'org', o.name, 'orgShort', o.short_name, 'kind', o.kind) ORDER BY pos.ord) AS positions,
                    (array_agg(${textSql('o.name', this.lang)} ORDER BY pos.ord) FILTER (WHERE o.id IS NOT NULL))[1] AS org_key,
                    (array_agg(${organizationSortSql(this.order, 'o.name')} ORDER BY pos.ord) FILTER (WHERE o.id IS NOT NULL))[1] AS org_sort
               FROM positions pos LEFT JOIN organizations o ON o.id = pos.organization_id
              WHERE pos.person_id = r.person_id) held ON true
           LEFT JOIN attendances pa ON pa.id = r.on_behalf_of_id
           LEFT JOIN people pp ON pp.id = pa.person_id
           ${where}
          ORDER BY ${order}`,
      params,
    );
    let seq = 0;
    const fetch = () => {
      const batch = this.em.query<RowRecord[]>(`FETCH ${BATCH} FROM ${cursor}`);
      // awaited below; a failure while the rows before it are being written must not count as unhandled
      batch.catch(() => undefined);
      return batch;
    };
    // the next batch is asked for before this one is handed out, so PostgreSQL reads it while the rows are written
    let next: Promise<RowRecord[]> | null = fetch();
    try {
      while (next) {
        const batch: RowRecord[] = await next;
        next = batch.length < BATCH ? null : fetch();
        for (const record of batch) yield this.toRow(record, ++seq);
      }
    } finally {
      // a consumer that stops early leaves a batch on its way: let it arrive before the cursor closes
      await next?.catch(() => undefined);
      await this.em.query(`CLOSE ${cursor}`);
    }
  }

  private toRow(r: RowRecord, seq: number): AttendanceRow {
    const positions = r.positions ?? [];
    const first = positions.find((p) => p.org);
    const fallbacks: TextFallback[] = [];
    const note = (field: TextFallback['field'], value: LocalizedText | null | undefined) => {
      const resolved = resolveText(value, this.lang);
      if (resolved?.fallback && !fallbacks.some((f) => f.field === field)) fallbacks.push({ field, used: resolved.lang });
      return resolved?.text ?? '';
    };
    const side = r.side ? this.sides.get(r.side) : undefined;
    if (side?.used) fallbacks.push({ field: 'side', used: side.used });
    const principal = r.principal_name ? this.text(r.principal_name) : null;
    return {
      order: seq,
      attendanceId: r.id,
      name: note('name', r.name),
      positions: [...positions.map((p) => this.position(p, note)), ...(principal ? [reportLabels(this.lang).onBehalfOf(principal)] : [])],
      onBehalfOf: principal,
      organization: first ? note('organization', first.org) : null,
      organizationKind: first?.kind ?? null,
      role: r.role,
      side: r.side ? (side?.text ?? r.side) : null,
      status: r.status,
      checkedInAt: r.checked_in_at ? new Date(r.checked_in_at) : null,
      fallbacks,
    };
  }

  /** A position as an official list prints it: 山东省科技厅厅长 / Director, Shandong Department of S&T. */
  private position(p: PositionJson, note: (field: TextFallback['field'], value: LocalizedText | null) => string): string {
    const title = note('positions', p.title);
    // the short name only when it is in the report's language; else the full name (noted when it falls back too)
    const short = resolveText(p.orgShort, this.lang);
    const org = short && !short.fallback ? short.text : note('positions', p.org);
    if (!org || title.includes(org)) return title;
    return this.lang === 'en' ? `${title}, ${org}` : `${org}${title}`;
  }

  private text(value: LocalizedText | null | undefined): string {
    return resolveText(value, this.lang)?.text ?? '';
  }

  private where(): { where: string; params: unknown[] } {
    const params: unknown[] = [this.eventId];
    const { withoutReplaced, ...filters } = this.filters;
    const where = rankedAttendanceWhere(filters, params);
    if (!withoutReplaced) return { where, params };
    const replaced = 'NOT EXISTS (SELECT 1 FROM attendances d WHERE d.on_behalf_of_id = r.id)';
    return { where: where ? `${where} AND ${replaced}` : `WHERE ${replaced}`, params };
  }
}

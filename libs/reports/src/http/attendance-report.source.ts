import type { EntityManager } from 'typeorm';
import { AppException, resolveText, type Language, type LocalizedText } from '@app/core';
import { rankedAttendanceWhere, rankedAttendances } from '@app/register';
import type { AttendanceRow, AttendanceSummary, ReportHeader } from '../attendance-row.js';

export interface ReportFilters {
  status?: AttendanceRow['status'];
  side?: string;
  role?: AttendanceRow['role'];
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
}

const BATCH = 500;
let cursorSeq = 0;

/**
 * Reads one event's attendance for a report inside the caller's workspace transaction: the header,
 * the summary (one aggregate query over the same filtered set) and the rows, streamed from a
 * server-side cursor in batches so memory does not grow with the number of attendees.
 */
export class AttendanceReportSource {
  private sides = new Map<string, string>();

  constructor(
    private readonly em: EntityManager,
    private readonly eventId: string,
    private readonly lang: Language,
    private readonly filters: ReportFilters,
  ) {}

  async header(now = new Date()): Promise<ReportHeader> {
    const [event] = await this.em.query<EventRow[]>('SELECT * FROM events WHERE id = $1', [this.eventId]);
    if (!event) throw AppException.notFound('Event', this.eventId);
    this.sides = new Map(event.sides.map((s) => [s.code, this.text(s.name) || s.code]));
    const note = Object.entries(this.filters)
      .filter(([, v]) => v)
      .map(([k, v]) => `${k}=${k === 'side' ? (this.sides.get(v as string) ?? v) : v}`)
      .join(', ');
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
    };
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
              coalesce((SELECT jsonb_object_agg(k, n) FROM (SELECT coalesce(kind, 'other') k, count(*)::int n FROM f GROUP BY 1) x), '{}') AS "byOrganizationKind"
         FROM f`,
      params,
    );
    const groups: { category: LocalizedText; count: number; qualifier: AttendanceSummary['participantGroups'][number]['qualifier'] }[] =
      await this.em.query('SELECT category, count, qualifier FROM participant_groups WHERE event_id = $1 ORDER BY ord, created_at', [
        this.eventId,
      ]);
    const bySide: Record<string, number> = {};
    for (const [code, n] of Object.entries(totals.bySide)) bySide[code ? (this.sides.get(code) ?? code) : ''] = n;
    return {
      ...totals,
      bySide,
      participantGroups: groups.map((g) => ({ category: this.text(g.category), count: g.count, qualifier: g.qualifier })),
    };
  }

  /** Rows in protocol order, or by organization then protocol order. Each call opens a new cursor. */
  async *rows(groupByOrganization = false): AsyncIterable<AttendanceRow> {
    const { where, params } = this.where();
    const order = groupByOrganization ? 'held.first_org NULLS LAST, r.effective_order' : 'r.effective_order';
    const cursor = `report_rows_${++cursorSeq}`;
    // Positions are aggregated once per person with a hash join, not looked up row by row.
    await this.em.query(
      `DECLARE ${cursor} NO SCROLL CURSOR FOR
         WITH held AS (
           SELECT pos.person_id,
                  json_agg(json_build_object('title', pos.title, 'org', o.name, 'orgShort', o.short_name, 'kind', o.kind) ORDER BY pos.ord) AS positions,
                  (array_agg(coalesce(o.name->>'${this.lang}', o.name->>'zh', o.name->>'ja', o.name->>'en') ORDER BY pos.ord)
                     FILTER (WHERE o.id IS NOT NULL))[1] AS first_org
             FROM positions pos LEFT JOIN organizations o ON o.id = pos.organization_id
            WHERE pos.person_id IN (SELECT person_id FROM attendances WHERE event_id = $1)
            GROUP BY pos.person_id)
         SELECT r.id, r.effective_order, r.role, r.side, r.status, r.checked_in_at, p.name, held.positions
           FROM (${rankedAttendances('$1')}) r
           JOIN people p ON p.id = r.person_id
           LEFT JOIN held ON held.person_id = r.person_id
           ${where}
          ORDER BY ${order}`,
      params,
    );
    try {
      for (;;) {
        const batch: RowRecord[] = await this.em.query(`FETCH ${BATCH} FROM ${cursor}`);
        for (const record of batch) yield this.toRow(record);
        if (batch.length < BATCH) break;
      }
    } finally {
      await this.em.query(`CLOSE ${cursor}`);
    }
  }

  private toRow(r: RowRecord): AttendanceRow {
    const positions = r.positions ?? [];
    const first = positions.find((p) => p.org);
    return {
      order: r.effective_order,
      attendanceId: r.id,
      name: this.text(r.name),
      positions: positions.map((p) => this.position(p)),
      organization: first ? this.text(first.org) : null,
      organizationKind: first?.kind ?? null,
      role: r.role,
      side: r.side ? (this.sides.get(r.side) ?? r.side) : null,
      status: r.status,
      checkedInAt: r.checked_in_at ? new Date(r.checked_in_at) : null,
    };
  }

  /** A position as an official list prints it: 山东省科技厅厅长 / Director, Shandong Department of S&T. */
  private position(p: PositionJson): string {
    const title = this.text(p.title);
    const org = this.text(p.orgShort) || this.text(p.org);
    if (!org || title.includes(org)) return title;
    return this.lang === 'en' ? `${title}, ${org}` : `${org}${title}`;
  }

  private text(value: LocalizedText | null | undefined): string {
    return resolveText(value, this.lang)?.text ?? '';
  }

  private where(): { where: string; params: unknown[] } {
    const params: unknown[] = [this.eventId];
    return { where: rankedAttendanceWhere(this.filters, params), params };
  }
}

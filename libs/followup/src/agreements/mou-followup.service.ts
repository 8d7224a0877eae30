import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppException, pageWindow, TenantDb, toPage, type Actor, type Page } from '@app/core';
import { ALERT_CONDITIONS } from './alert-conditions.js';
import type {
  AlertDto,
  AlertQueryDto,
  CreateDeliverableDto,
  DeliverableDto,
  MouFollowUpDto,
  UpdateDeliverableDto,
  UpdateMouFollowUpDto,
} from './dto/mou-followup.dto.js';

const DELIVERABLE = `SELECT id, mou_id AS "mouId", title, owner, owner_organization_id AS "ownerOrganizationId",
  to_char(due_on, 'YYYY-MM-DD') AS "dueOn", status, updated_at AS "updatedAt" FROM mou_deliverables`;

/** The follow-up of MoUs: expiry and renewal dates, deliverables, and the alerts in force. */
@Injectable()
export class MouFollowUpService {
  constructor(private readonly db: TenantDb) {}

  get(actor: Actor, mouId: string): Promise<MouFollowUpDto> {
    return this.db.run(actor.workspaceId, (em) => this.detail(em, mouId));
  }

  update(actor: Actor, mouId: string, dto: UpdateMouFollowUpDto): Promise<MouFollowUpDto> {
    return this.db.run(actor.workspaceId, async (em) => {
      const current = await this.detail(em, mouId);
      const next = {
        expiresOn: dto.expiresOn !== undefined ? dto.expiresOn : current.expiresOn,
        renewalOn: dto.renewalOn !== undefined ? dto.renewalOn : current.renewalOn,
        note: dto.note !== undefined ? dto.note?.trim() || null : current.note,
      };
      if (next.expiresOn && current.signedOn && next.expiresOn < current.signedOn) {
        const message = 'expiresOn cannot be before the signing';
        throw new AppException('VALIDATION_FAILED', message, [{ field: 'expiresOn', messages: [message] }]);
      }
      await em.query(
        `INSERT INTO mou_followups (mou_id, workspace_id, event_id, expires_on, renewal_on, note) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (mou_id) DO UPDATE SET expires_on = $4, renewal_on = $5, note = $6, updated_at = now()`,
        [mouId, actor.workspaceId, current.eventId, next.expiresOn, next.renewalOn, next.note],
      );
      return this.detail(em, mouId);
    });
  }

  addDeliverable(actor: Actor, mouId: string, dto: CreateDeliverableDto): Promise<DeliverableDto> {
    return this.db.run(actor.workspaceId, async (em) => {
      const mou = await this.detail(em, mouId);
      await assertOrganization(em, dto.ownerOrganizationId);
      const [{ id }] = await em.query<{ id: string }[]>(
        `INSERT INTO mou_deliverables (workspace_id, mou_id, event_id, title, owner, owner_organization_id, due_on, status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [
          actor.workspaceId,
          mouId,
          mou.eventId,
          dto.title,
          dto.owner?.trim() || null,
          dto.ownerOrganizationId ?? null,
          dto.dueOn ?? null,
          dto.status ?? 'open',
        ],
      );
      return deliverable(em, id);
    });
  }

  updateDeliverable(actor: Actor, id: string, dto: UpdateDeliverableDto): Promise<DeliverableDto> {
    return this.db.run(actor.workspaceId, async (em) => {
      const current = await deliverable(em, id);
      if (dto.title === null || dto.status === null) {
        const field = dto.title === null ? 'title' : 'status';
        throw new AppException('VALIDATION_FAILED', `${field} cannot be null`, [{ field, messages: [`${field} cannot be null`] }]);
      }
      await assertOrganization(em, dto.ownerOrganizationId);
      await em.query(
        `UPDATE mou_deliverables SET title = $2, owner = $3, owner_organization_id = $4, due_on = $5, status = $6, updated_at = now() WHERE id = $1`,
        [
          id,
          dto.title ?? current.title,
          dto.owner !== undefined ? dto.owner?.trim() || null : current.owner,
          dto.ownerOrganizationId !== undefined ? dto.ownerOrganizationId : current.ownerOrganizationId,
          dto.dueOn !== undefined ? dto.dueOn : current.dueOn,
          dto.status ?? current.status,
        ],
      );
      return deliverable(em, id);
    });
  }

  removeDeliverable(actor: Actor, id: string): Promise<void> {
    return this.db.run(actor.workspaceId, async (em) => {
      await deliverable(em, id);
      await em.query(`DELETE FROM mou_deliverables WHERE id = $1`, [id]);
    });
  }

  /** The alerts in force today, soonest date first, with when each was raised (sent as a webhook). */
  alerts(actor: Actor, query: AlertQueryDto): Promise<Page<AlertDto>> {
    return this.db.run(actor.workspaceId, async (em) => {
      const { skip, take } = pageWindow(query);
      const params = query.kind ? [query.kind] : [];
      const where = query.kind ? 'WHERE c.kind = $1' : '';
      const from = `FROM (${ALERT_CONDITIONS}) c`;
      // one after the other: the transaction's statements share its connection
      const rows = await em.query<AlertDto[]>(
        `SELECT c.kind, c.mou_id AS "mouId", m.title AS "mouTitle", c.deliverable_id AS "deliverableId", d.title AS "deliverableTitle",
                d.owner, to_char(c.due_on, 'YYYY-MM-DD') AS date, (c.due_on - current_date) AS "daysLeft", a.raised_at AS "raisedAt"
           ${from} JOIN mous m ON m.id = c.mou_id LEFT JOIN mou_deliverables d ON d.id = c.deliverable_id
           LEFT JOIN followup_alerts a ON a.kind = c.kind AND a.subject_id = c.subject_id AND a.due_on = c.due_on
           ${where} ORDER BY c.due_on, c.kind, c.subject_id LIMIT ${take} OFFSET ${skip}`,
        params,
      );
      const [{ total }] = await em.query<{ total: number }[]>(`SELECT count(*)::int AS total ${from} ${where}`, params);
      return toPage(rows, total, query);
    });
  }

  private async detail(em: EntityManager, mouId: string): Promise<MouFollowUpDto> {
    const [row] = await em.query<Omit<MouFollowUpDto, 'deliverables'>[]>(
      `SELECT m.id AS "mouId", m.event_id AS "eventId", m.title, to_char(m.period_date, 'YYYY-MM-DD') AS "signedOn",
              to_char(f.expires_on, 'YYYY-MM-DD') AS "expiresOn", to_char(f.renewal_on, 'YYYY-MM-DD') AS "renewalOn", f.note
         FROM mous m LEFT JOIN mou_followups f ON f.mou_id = m.id WHERE m.id = $1`,
      [mouId],
    );
    if (!row) throw AppException.notFound('MoU', mouId);
    const deliverables = await em.query<DeliverableDto[]>(`${DELIVERABLE} WHERE mou_id = $1 ORDER BY due_on NULLS LAST, created_at, id`, [
      mouId,
    ]);
    return { ...row, deliverables };
  }
}

async function deliverable(em: EntityManager, id: string): Promise<DeliverableDto> {
  const [row] = await em.query<DeliverableDto[]>(`${DELIVERABLE} WHERE id = $1`, [id]);
  if (!row) throw AppException.notFound('Deliverable', id);
  return row;
}

async function assertOrganization(em: EntityManager, id: string | null | undefined): Promise<void> {
  if (!id) return;
  const [found] = await em.query<unknown[]>(`SELECT 1 FROM organizations WHERE id = $1`, [id]);
  if (!found) {
    const message = 'ownerOrganizationId must be an organization of this workspace';
    throw new AppException('VALIDATION_FAILED', message, [{ field: 'ownerOrganizationId', messages: [message] }]);
  }
}

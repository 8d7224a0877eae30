/**
 * The alerts in force today, by the workspace's horizons (`settings` alias `s`): open deliverables due
 * within `due_soon_days` or overdue, MoUs expiring within `expiring_days`. Columns: kind, mou_id,
 * deliverable_id, subject_id, due_on, workspace_id.
 */
export const ALERT_CONDITIONS = `
  WITH s AS (SELECT coalesce((SELECT due_soon_days FROM followup_settings), 14) AS due_soon_days,
                    coalesce((SELECT expiring_days FROM followup_settings), 60) AS expiring_days)
  SELECT CASE WHEN d.due_on < current_date THEN 'deliverable_overdue' ELSE 'deliverable_due_soon' END AS kind,
         d.mou_id, d.id AS deliverable_id, d.id AS subject_id, d.due_on, d.workspace_id
    FROM mou_deliverables d, s
   WHERE d.status = 'open' AND d.due_on IS NOT NULL AND d.due_on <= current_date + s.due_soon_days
  UNION ALL
  SELECT 'mou_expiring', m.mou_id, NULL, m.mou_id, m.expires_on, m.workspace_id
    FROM mou_followups m, s
   WHERE m.expires_on IS NOT NULL AND m.expires_on >= current_date AND m.expires_on <= current_date + s.expiring_days`;

/** The events an endpoint can subscribe to (the payload's `type`). */
export const WEBHOOK_EVENT_TYPES = [
  'event.created',
  'event.updated',
  'event.status_changed',
  'attendee.added',
  'attendee.checked_in',
  'mou.signed',
  'project.signed',
  'writeup.published',
  'import.finished',
  'project.stage_changed',
  'deliverable.due_soon',
  'deliverable.overdue',
  'mou.expiring',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export const DELIVERY_STATUSES = ['pending', 'succeeded', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

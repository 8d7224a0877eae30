import { Extensions1795465400000 } from './1795465400000-Extensions.js';
import { Schema1795465495257 } from './1795465495257-Schema.js';
import { TenantIsolation1795465500000 } from './1795465500000-TenantIsolation.js';
import { UserVisibility1795466000000 } from './1795466000000-UserVisibility.js';
import { BrowserSessions1796121195365 } from './1796121195365-BrowserSessions.js';
import { WriteupFacts1796121352046 } from './1796121352046-WriteupFacts.js';
import { AuditLog1796124000000 } from './1796124000000-AuditLog.js';
import { IdempotencyKeys1796124100000 } from './1796124100000-IdempotencyKeys.js';
import { Accounts1796200100000 } from './1796200100000-Accounts.js';
import { HouseStyleDelegations1796200150000 } from './1796200150000-HouseStyleDelegations.js';
import { JobsAttendeeImports1796201200000 } from './1796201200000-JobsAttendeeImports.js';
import { OfficeNameReadings1796201400000 } from './1796201400000-OfficeNameReadings.js';
import { Webhooks1796203400000 } from './1796203400000-Webhooks.js';
import { SpeedAtScaleSpeed1796210000000 } from './1796210000000-SpeedAtScale.js';
import { AuditDerivedColumns1796210100000 } from './1796210100000-AuditDerivedColumns.js';
import { WebhookEndpointAudit1796340000000 } from './1796340000000-WebhookEndpointAudit.js';
import { IdempotencySealedResponses1796340100000 } from './1796340100000-IdempotencySealedResponses.js';
import { DeputiesOutputDownloads1796320000000 } from './1796320000000-DeputiesOutputDownloads.js';
import { SeatingPlans1796310000000 } from './1796310000000-SeatingPlans.js';
import { FollowUp1796330000000 } from './1796330000000-FollowUp.js';
import { SearchUnderRls1796360000000 } from './1796360000000-SearchUnderRls.js';
import { CounterpartRegions1796390000000 } from './1796390000000-CounterpartRegions.js';
import { TenantPolicyOnce1796400000000 } from './1796400000000-TenantPolicyOnce.js';
import { ShortSearchIndex1796400100000 } from './1796400100000-ShortSearchIndex.js';
import { ProtocolOrderCovering1796400200000 } from './1796400200000-ProtocolOrderCovering.js';
import { CountsPlanKept1796410000000 } from './1796410000000-CountsPlanKept.js';
import { FingerprintByHashes1796420000000 } from './1796420000000-FingerprintByHashes.js';
import { CheckInInPlace1796430000000 } from './1796430000000-CheckInInPlace.js';

/** Every migration, in order. A new one generated with `npm run migration:generate -- <Name>` is added here. */
export const MIGRATIONS = [
  Extensions1795465400000,
  Schema1795465495257,
  TenantIsolation1795465500000,
  UserVisibility1795466000000,
  BrowserSessions1796121195365,
  WriteupFacts1796121352046,
  AuditLog1796124000000,
  IdempotencyKeys1796124100000,
  Accounts1796200100000,
  HouseStyleDelegations1796200150000,
  JobsAttendeeImports1796201200000,
  OfficeNameReadings1796201400000,
  Webhooks1796203400000,
  SpeedAtScaleSpeed1796210000000,
  AuditDerivedColumns1796210100000,
  SeatingPlans1796310000000,
  DeputiesOutputDownloads1796320000000,
  FollowUp1796330000000,
  WebhookEndpointAudit1796340000000,
  IdempotencySealedResponses1796340100000,
  SearchUnderRls1796360000000,
  CounterpartRegions1796390000000,
  TenantPolicyOnce1796400000000,
  ShortSearchIndex1796400100000,
  ProtocolOrderCovering1796400200000,
  CountsPlanKept1796410000000,
  FingerprintByHashes1796420000000,
  CheckInInPlace1796430000000,
];

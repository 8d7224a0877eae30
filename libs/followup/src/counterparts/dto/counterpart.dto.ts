import { ApiProperty } from '@nestjs/swagger';
import { IsString, MinLength } from 'class-validator';
import { LimitLength, LocalizedTextDto, MAX_LENGTH } from '@app/core';

export const REGISTER_ENTRY_KINDS = ['event', 'attendance', 'speech', 'mou', 'project'] as const;
export type RegisterEntryKind = (typeof REGISTER_ENTRY_KINDS)[number];

export class RegionParamDto {
  /** A region as organizations record it, e.g. Hong Kong (case-insensitive) */
  @IsString()
  @MinLength(1)
  @LimitLength(MAX_LENGTH.name)
  region: string;
}

export class RegisterEntryDto {
  /** What the counterpart did: took part in running an event, attended it, spoke, signed an MoU or a project */
  @ApiProperty({ enum: REGISTER_ENTRY_KINDS })
  kind: RegisterEntryKind;
  /** The event, attendance, speech, MoU or project */
  id: string;
  eventId: string;
  eventTitle: LocalizedTextDto;
  /** The local date of the event (of the signing, for an MoU signed on another day) */
  @ApiProperty({ type: String, format: 'date' })
  date: string;
  /** The MoU's or project's title, the first key point of a speech */
  @ApiProperty({ type: () => LocalizedTextDto, nullable: true })
  title: LocalizedTextDto | null;
  /** The person who attended or spoke */
  @ApiProperty({ type: () => LocalizedTextDto, nullable: true })
  person: LocalizedTextDto | null;
  /** The organization of the counterpart concerned */
  organizationId: string;
  /** host / co_host… for an event; the attendance role; the speech kind; the MoU's document type; the project's current stage */
  @ApiProperty({ type: String, nullable: true })
  detail: string | null;
}

export class OpenDeliverableDto {
  id: string;
  mouId: string;
  mouTitle: LocalizedTextDto;
  title: LocalizedTextDto;
  owner: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true })
  dueOn: string | null;
}

export class CounterpartSummaryDto {
  @ApiProperty({ type: 'integer' })
  events: number;
  @ApiProperty({ type: 'integer' })
  attendances: number;
  @ApiProperty({ type: 'integer' })
  speeches: number;
  @ApiProperty({ type: 'integer' })
  mous: number;
  @ApiProperty({ type: 'integer' })
  projects: number;
  @ApiProperty({ type: String, format: 'date', nullable: true })
  firstDate: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true })
  lastDate: string | null;
}

export class CounterpartOrganizationDto {
  id: string;
  kind: string;
  name: LocalizedTextDto;
  @ApiProperty({ type: String, nullable: true })
  region: string | null;
}

export class CounterpartRegisterDto {
  /** The organization, for an organization's register */
  @ApiProperty({ type: () => CounterpartOrganizationDto, nullable: true })
  organization: CounterpartOrganizationDto | null;
  /** The region, for a region's register */
  @ApiProperty({ type: String, nullable: true })
  region: string | null;
  /** The organizations covered (the region's) */
  @ApiProperty({ type: () => [CounterpartOrganizationDto] })
  organizations: CounterpartOrganizationDto[];
  summary: CounterpartSummaryDto;
  /** Deliverables still open of the MoUs it signed, soonest due first */
  @ApiProperty({ type: () => [OpenDeliverableDto] })
  openDeliverables: OpenDeliverableDto[];
  /** Everything across the years, newest first (one page) */
  @ApiProperty({ type: () => [RegisterEntryDto] })
  items: RegisterEntryDto[];
  @ApiProperty({ type: 'integer' })
  total: number;
  @ApiProperty({ type: 'integer' })
  page: number;
  @ApiProperty({ type: 'integer' })
  pageSize: number;
  /** Pass it as `cursor` for the next page; null on the last page */
  @ApiProperty({ type: String, nullable: true })
  nextCursor: string | null;
}

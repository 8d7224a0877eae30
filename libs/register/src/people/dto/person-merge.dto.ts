import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { LANGUAGES, LocalizedTextDto, type Language } from '@app/core';
import { PersonDto } from './person.dto.js';

export class MergePeopleDto {
  /** The other record of the same person: its history moves to the person in the path, then it is removed */
  @ApiProperty({ example: '9a4e7b21-5c3d-4f88-b0a6-71e2d9c4f513' })
  @IsUUID()
  duplicateId: string;

  /** Only tell what the merge would do; nothing is written */
  @ApiProperty({ required: false, default: false })
  @IsOptional()
  @IsBoolean()
  dryRun?: boolean;
}

export class MergedEventDto {
  eventId: string;
  title: LocalizedTextDto;
  startsAt: Date;
}

export class PersonMergeDto {
  /** true when nothing was written (`dryRun`) */
  dryRun: boolean;
  /** The kept person after the merge (or as the merge would leave them) */
  person: PersonDto;
  /** The duplicate as it was before the merge */
  duplicate: PersonDto;
  /** Events the duplicate attended and the kept person did not: the attendance moves as it is */
  attendancesMoved: MergedEventDto[];
  /**
   * Events both attended: the kept person's attendance stays with its role, and takes from the duplicate's what it
   * lacks (side, protocol order, a check-in); the duplicate's speeches and delegation headship move to it, and the
   * duplicate's attendance is removed
   */
  attendancesCombined: MergedEventDto[];
  @ApiProperty({ type: 'integer' })
  speechesMoved: number;
  /** MoU parties the duplicate signed for */
  @ApiProperty({ type: 'integer' })
  mouSignaturesMoved: number;
  /** MoUs the duplicate witnessed (named once when both witnessed one) */
  @ApiProperty({ type: 'integer' })
  mouWitnessesMoved: number;
  /** Delegations the duplicate headed */
  @ApiProperty({ type: 'integer' })
  delegationHeadsMoved: number;
  /** The duplicate's positions the kept person did not hold, added after theirs */
  @ApiProperty({ type: 'integer' })
  positionsAdded: number;
  /** Positions left out because a person holds at most 10 */
  @ApiProperty({ type: 'integer' })
  positionsLeftOut: number;
  /** Languages of the name (and family name) the kept person lacked, taken from the duplicate */
  @ApiProperty({ enum: LANGUAGES, isArray: true })
  namesAdded: Language[];
}

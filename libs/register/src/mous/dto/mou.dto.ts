import { ApiProperty, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsLocalizedText, LimitItems, LimitLength, LocalizedTextDto, MAX_ITEMS, MAX_LENGTH, CursorListQueryDto } from '@app/core';
import { DOCUMENT_TYPES, MOU_STATUSES, SECTORS, type DocumentType, type MouStatus, type Sector } from '../../common/vocabulary.js';
import { PersonDto } from '../../people/dto/person.dto.js';
import { DATE_ONLY } from '../agreements.js';
import { PartyOrganizationDto } from './party-organization.dto.js';

export class MouPartyInputDto {
  /** The organization that is a party to the MoU */
  @IsUUID()
  organizationId: string;

  /** The person who signed for it */
  @IsOptional()
  @IsUUID()
  signatoryId?: string | null;
}

export class CreateMouDto {
  @ApiProperty({
    example: { zh: '鲁港科技创新合作备忘录', en: 'Memorandum of Understanding on Shandong–Hong Kong Sci-Tech Innovation Cooperation' },
  })
  @IsLocalizedText({ maxLength: MAX_LENGTH.title })
  title: LocalizedTextDto;

  @ApiProperty({
    enum: DOCUMENT_TYPES,
    required: false,
    default: 'mou',
    example: 'strategic_cooperation_agreement',
    description:
      'What was signed; the writeup names it by its type (mou, agreement, strategic_cooperation_agreement, framework_agreement, letter_of_intent, declaration, minutes, sister_city_agreement, sister_province_agreement, contract)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  @IsIn(DOCUMENT_TYPES)
  documentType?: DocumentType;

  /** Fields the agreement covers */
  @ApiProperty({ enum: SECTORS, isArray: true, required: false, example: ['ai'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(15)
  @ArrayUnique()
  @IsIn(SECTORS, { each: true })
  sectors?: Sector[];

  @ApiProperty({
    required: false,
    nullable: true,
    example: { zh: '共建联合实验室，推动科技成果转化', en: 'To build joint laboratories and promote the transfer of research results' },
  })
  @IsOptional()
  @IsLocalizedText({ maxLength: MAX_LENGTH.passage })
  purpose?: LocalizedTextDto | null;

  /** Date of signing; when absent, the event's start date stands for it. @example 2024-03-25 */
  @IsOptional()
  @Matches(DATE_ONLY, { message: 'signedOn must be a date as YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  @LimitLength(MAX_LENGTH.date)
  signedOn?: string | null;

  @ApiProperty({ enum: MOU_STATUSES, required: false, default: 'signed' })
  @IsOptional()
  @IsIn(MOU_STATUSES)
  status?: MouStatus;

  /** At least two parties, each a different organization, in the order they are named */
  @ApiProperty({ type: [MouPartyInputDto], minItems: 2 })
  @IsArray()
  @ArrayMinSize(2)
  @LimitItems(MAX_ITEMS.parties)
  @ArrayUnique((p: MouPartyInputDto) => p?.organizationId, { message: 'parties must be different organizations' })
  @ValidateNested({ each: true })
  @Type(() => MouPartyInputDto)
  parties: MouPartyInputDto[];

  /** People who witnessed the signing, in the order they are named */
  @IsOptional()
  @IsArray()
  @LimitItems(MAX_ITEMS.witnesses)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  witnessIds?: string[];

  /** Position among the event's MoUs (0-based); appended when omitted */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10000)
  @ApiProperty({ type: 'integer' })
  order?: number;
}

/** `parties` and `witnessIds`, when given, replace the whole list. */
export class UpdateMouDto extends PartialType(CreateMouDto, { skipNullProperties: false }) {}

export class MouPartyDto {
  organizationId: string;
  organization: PartyOrganizationDto;
  signatoryId: string | null;
  signatory: PersonDto | null;
}

export class MouDto {
  id: string;
  eventId: string;
  @ApiProperty({ type: 'integer' })
  order: number;
  title: LocalizedTextDto;
  @ApiProperty({ enum: DOCUMENT_TYPES })
  documentType: DocumentType;
  @ApiProperty({ enum: SECTORS, isArray: true })
  sectors: Sector[];
  purpose: LocalizedTextDto | null;
  /** YYYY-MM-DD */
  signedOn: string | null;
  @ApiProperty({ enum: MOU_STATUSES })
  status: MouStatus;
  parties: MouPartyDto[];
  witnessIds: string[];
  witnesses: PersonDto[];
  createdAt: Date;
  updatedAt: Date;
}

/** Filters shared by the cross-event lists of MoUs and signed projects. */
export class AgreementQueryDto extends CursorListQueryDto {
  /** Text in any language of the title */
  @IsOptional()
  @IsString()
  @LimitLength(MAX_LENGTH.name)
  q?: string;

  /** Only those of this event */
  @IsOptional()
  @IsUUID()
  eventId?: string;

  /** Only those this organization is a party to */
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  /** Only those with a party from this region (exact, case-insensitive). @example Hong Kong */
  @IsOptional()
  @IsString()
  @LimitLength(MAX_LENGTH.name)
  region?: string;

  /** On or after this date (YYYY-MM-DD). @example 2024-01-01 */
  @IsOptional()
  @Matches(DATE_ONLY, { message: 'from must be a date as YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  @LimitLength(MAX_LENGTH.date)
  from?: string;

  /** On or before this date (YYYY-MM-DD). @example 2024-12-31 */
  @IsOptional()
  @Matches(DATE_ONLY, { message: 'to must be a date as YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  @LimitLength(MAX_LENGTH.date)
  to?: string;

  /** `date` or `-date` (default, newest first) */
  @ApiProperty({ required: false, enum: ['date', '-date'], default: '-date' })
  @IsOptional()
  @IsIn(['date', '-date'])
  sort?: 'date' | '-date';
}

export class MouQueryDto extends AgreementQueryDto {
  @ApiProperty({ required: false, enum: MOU_STATUSES })
  @IsOptional()
  @IsIn(MOU_STATUSES)
  status?: MouStatus;
}

import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiPageResponse, AuditAction, IdParam, type Actor, type Page } from '@app/core';
import { CanRead, CanWrite, CurrentActor } from '@app/identity';
import { MergePeopleDto, PersonMergeDto } from './dto/person-merge.dto.js';
import { CreatePersonDto, PersonDto, PersonQueryDto, UpdatePersonDto } from './dto/person.dto.js';
import { PeopleMergeService } from './people-merge.service.js';
import { PeopleService } from './people.service.js';

@ApiTags('people')
@Controller({ path: 'people', version: '1' })
export class PeopleController {
  constructor(
    private readonly people: PeopleService,
    private readonly merging: PeopleMergeService,
  ) {}

  @Post()
  @CanWrite()
  @ApiOperation({ summary: 'Record an official or guest with their positions and protocol rank' })
  create(@CurrentActor() actor: Actor, @Body() dto: CreatePersonDto): Promise<PersonDto> {
    return this.people.create(actor, dto);
  }

  @Get()
  @CanRead()
  @ApiOperation({
    summary: 'List people by protocol rank, filtered by name or organization',
    description:
      "Name search: a fragment in any language, spaces ignored, served by a trigram index. Page with `cursor` (the previous page's `nextCursor`) for long lists; `page` works too.",
  })
  @ApiPageResponse(PersonDto, { cursor: true })
  list(@CurrentActor() actor: Actor, @Query() query: PersonQueryDto): Promise<Page<PersonDto>> {
    return this.people.list(actor, query);
  }

  @Get(':id')
  @CanRead()
  @ApiOperation({ summary: 'Get one person with all positions' })
  get(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<PersonDto> {
    return this.people.get(actor, id);
  }

  @Patch(':id')
  @CanWrite()
  @ApiOperation({ summary: 'Change a person; `positions`, when given, replaces the whole list' })
  update(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() dto: UpdatePersonDto): Promise<PersonDto> {
    return this.people.update(actor, id, dto);
  }

  @Delete(':id')
  @CanWrite()
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a person; refused with IN_USE while they attend an event or are named in an MoU' })
  @ApiErrors('IN_USE')
  remove(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<void> {
    return this.people.remove(actor, id);
  }

  @Post(':id/merge')
  @CanWrite()
  @HttpCode(200)
  @AuditAction('merge')
  @ApiOperation({
    summary: 'Merge another record of the same person into this one, keeping the history of both',
    description:
      "In one transaction the duplicate's attendances (with their speeches and delegation headships), MoU signatures and witnessings, and the positions this person does not hold move here; names in languages this record lacks are taken over; then the duplicate is removed. Where both attended one event, this person's attendance stays with its role and takes from the duplicate's what it lacks (side, protocol order, a check-in); the duplicate's attendance is removed. With `dryRun` nothing is written: the answer tells what would move. Audited as `merge`.",
  })
  @ApiErrors('MERGE_SAME_PERSON', 'NOT_FOUND')
  merge(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() dto: MergePeopleDto): Promise<PersonMergeDto> {
    return this.merging.merge(actor, id, dto);
  }
}

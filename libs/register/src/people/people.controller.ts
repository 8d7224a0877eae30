import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiPageResponse, IdParam, type Actor, type Page } from '@app/core';
import { CanRead, CanWrite, CurrentActor } from '@app/identity';
import { CreatePersonDto, PersonDto, PersonQueryDto, UpdatePersonDto } from './dto/person.dto.js';
import { PeopleService } from './people.service.js';

@ApiTags('people')
@Controller({ path: 'people', version: '1' })
export class PeopleController {
  constructor(private readonly people: PeopleService) {}

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
}

import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiPageResponse, IdParam, PageQueryDto, type Actor, type Page } from '@app/core';
import { CanRead, CanWrite, CurrentActor } from '@app/identity';
import { CreateDelegationDto, DelegationDto, UpdateDelegationDto } from './dto/delegation.dto.js';
import { DelegationsService } from './delegations.service.js';

@ApiTags('delegations')
@Controller({ path: 'events/:eventId/delegations', version: '1' })
export class DelegationsController {
  constructor(private readonly delegations: DelegationsService) {}

  @Post()
  @CanWrite()
  @ApiOperation({
    summary: 'Record a side\'s delegation with its head and size ("a 12-member delegation led by …")',
    description: 'One delegation per side; the attendees of the side are its members. The head must attend the event, for the same side.',
  })
  @ApiErrors('EVENT_CANCELLED', 'ALREADY_EXISTS')
  create(@CurrentActor() actor: Actor, @IdParam('eventId') eventId: string, @Body() dto: CreateDelegationDto): Promise<DelegationDto> {
    return this.delegations.create(actor, eventId, dto);
  }

  @Get()
  @CanRead()
  @ApiOperation({ summary: "List the event's delegations in order" })
  @ApiPageResponse(DelegationDto)
  list(@CurrentActor() actor: Actor, @IdParam('eventId') eventId: string, @Query() query: PageQueryDto): Promise<Page<DelegationDto>> {
    return this.delegations.list(actor, eventId, query);
  }

  @Patch(':id')
  @CanWrite()
  @ApiOperation({ summary: 'Change a delegation' })
  @ApiErrors('EVENT_CANCELLED', 'ALREADY_EXISTS')
  update(
    @CurrentActor() actor: Actor,
    @IdParam('eventId') eventId: string,
    @IdParam() id: string,
    @Body() dto: UpdateDelegationDto,
  ): Promise<DelegationDto> {
    return this.delegations.update(actor, eventId, id, dto);
  }

  @Delete(':id')
  @CanWrite()
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a delegation' })
  @ApiErrors('EVENT_CANCELLED')
  remove(@CurrentActor() actor: Actor, @IdParam('eventId') eventId: string, @IdParam() id: string): Promise<void> {
    return this.delegations.remove(actor, eventId, id);
  }
}

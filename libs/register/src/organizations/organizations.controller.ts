import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiPageResponse, IdParam, type Actor, type Page } from '@app/core';
import { CanRead, CanWrite, CurrentActor } from '@app/identity';
import { CreateOrganizationDto, OrganizationDto, OrganizationQueryDto, UpdateOrganizationDto } from './dto/organization.dto.js';
import { OrganizationsService } from './organizations.service.js';

@ApiTags('organizations')
@Controller({ path: 'organizations', version: '1' })
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Post()
  @CanWrite()
  @ApiOperation({ summary: 'Record an organization (government body, enterprise, university…)' })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateOrganizationDto): Promise<OrganizationDto> {
    return this.organizations.create(actor, dto);
  }

  @Get()
  @CanRead()
  @ApiOperation({ summary: 'List organizations, filtered by text, kind or region' })
  @ApiPageResponse(OrganizationDto)
  list(@CurrentActor() actor: Actor, @Query() query: OrganizationQueryDto): Promise<Page<OrganizationDto>> {
    return this.organizations.list(actor, query);
  }

  @Get(':id')
  @CanRead()
  @ApiOperation({ summary: 'Get one organization' })
  get(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<OrganizationDto> {
    return this.organizations.get(actor, id);
  }

  @Patch(':id')
  @CanWrite()
  @ApiOperation({ summary: 'Change an organization' })
  update(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() dto: UpdateOrganizationDto): Promise<OrganizationDto> {
    return this.organizations.update(actor, id, dto);
  }

  @Delete(':id')
  @CanWrite()
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete an organization; refused with IN_USE while any record names it' })
  @ApiErrors('IN_USE')
  remove(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<void> {
    return this.organizations.remove(actor, id);
  }
}

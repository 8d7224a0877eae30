import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiPageResponse, IdParam, PageQueryDto, type Actor, type Page } from '@app/core';
import { CurrentActor, OwnerOnly } from '../auth/auth.decorator.js';
import { AddMemberDto, MemberDto, UpdateMemberDto } from '../dto/member.dto.js';
import { MembersService } from './members.service.js';

@ApiTags('members')
@OwnerOnly()
@Controller({ path: 'members', version: '1' })
export class MembersController {
  constructor(private readonly members: MembersService) {}

  @Get()
  @ApiOperation({ summary: 'The workspace members and their roles, oldest member first, in pages' })
  @ApiPageResponse(MemberDto)
  list(@CurrentActor() actor: Actor, @Query() query: PageQueryDto): Promise<Page<MemberDto>> {
    return this.members.list(actor, query);
  }

  @Post()
  @ApiOperation({
    summary: 'Add an existing user as a member by email with a role (owner, organizer, official)',
    description:
      'For someone who has no account yet, send an invitation (`POST /invitations`): they choose their own password. ' +
      'Creating the account here with an initial `password` still works but is deprecated.',
  })
  @ApiErrors('NOT_FOUND', 'ALREADY_EXISTS', 'WEAK_PASSWORD')
  add(@CurrentActor() actor: Actor, @Body() dto: AddMemberDto): Promise<MemberDto> {
    return this.members.add(actor, dto);
  }

  @Patch(':userId')
  @ApiOperation({ summary: "Change a member's role" })
  @ApiErrors('LAST_OWNER')
  update(@CurrentActor() actor: Actor, @IdParam('userId') userId: string, @Body() dto: UpdateMemberDto): Promise<MemberDto> {
    return this.members.update(actor, userId, dto);
  }

  @Delete(':userId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a member from the workspace' })
  @ApiErrors('LAST_OWNER')
  remove(@CurrentActor() actor: Actor, @IdParam('userId') userId: string): Promise<void> {
    return this.members.remove(actor, userId);
  }
}

import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPageResponse, CURSOR_LIST_PAGING, type Actor, type Page } from '@app/core';
import { CurrentActor, OwnerOnly } from '@app/identity';
import { AuditLogService } from './audit-log.service.js';
import { AuditEntryDto, AuditLogQueryDto } from './dto/audit-log.dto.js';

const DESCRIPTION = [
  'Every write to the workspace, newest first: who (user or API key; `system` without credentials), when, which resource, what action, and the changed fields before and after.',
  '',
  'One entry per resource a request changed, written in the same transaction as the change. Changes to the lists a resource holds (the positions of a person, the hosts of an event, the parties of an MoU) are in the entry of that resource; a new writeup version is in the entry of its draft. Deleting a resource records one entry for it, not for the records deleted with it (an event takes its attendance, speeches, MoUs… with it). An import records one `import` entry per record it writes.',
  '',
  'Secrets (password and key hashes) are never recorded. Entries cannot be changed or deleted.',
  '',
  CURSOR_LIST_PAGING,
].join('\n');

@ApiTags('audit-log')
@OwnerOnly()
@Controller({ path: 'audit-log', version: '1' })
export class AuditLogController {
  constructor(private readonly auditLog: AuditLogService) {}

  @Get()
  @ApiOperation({ summary: 'The audit log of the workspace (owners)', description: DESCRIPTION })
  @ApiPageResponse(AuditEntryDto, { cursor: true, totalOnRequest: true })
  list(@CurrentActor() actor: Actor, @Query() query: AuditLogQueryDto): Promise<Page<AuditEntryDto>> {
    return this.auditLog.list(actor, query);
  }
}

import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@app/identity';
import { AuditEntry } from './audit-entry.entity.js';
import { AuditLogController } from './audit-log.controller.js';
import { AuditLogService } from './audit-log.service.js';
import { WriteContextInterceptor } from './write-context.interceptor.js';

/** The audit log: written by database triggers, read by owners at GET /audit-log. */
@Module({
  imports: [TypeOrmModule.forFeature([AuditEntry]), IdentityModule],
  controllers: [AuditLogController],
  providers: [AuditLogService, { provide: APP_INTERCEPTOR, useClass: WriteContextInterceptor }],
})
export class AuditModule {}

import { Module } from '@nestjs/common';
import { IdentityModule } from '@app/identity';
import { ReportsController } from './http/reports.controller.js';
import { ReportsService } from './http/reports.service.js';

@Module({
  imports: [IdentityModule],
  controllers: [ReportsController],
  providers: [ReportsService],
  exports: [ReportsService],
})
export class ReportsModule {}

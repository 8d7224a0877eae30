import { Module, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { IdentityModule } from '@app/identity';
import { ReportsController } from './http/reports.controller.js';
import { ReportsService } from './http/reports.service.js';
import { ATTENDANCE_REPORT_OUTPUT, SIGN_IN_SHEET_OUTPUT } from './outputs/attendance-outputs.js';
import { OutputDownloadsService } from './outputs/output-downloads.service.js';
import { OutputRegistry } from './outputs/output-registry.js';
import { OutputsController } from './outputs/outputs.controller.js';
import { preloadReportFonts } from './pdf/report-fonts.js';

/**
 * Reports, and the registry of an event's outputs: other libraries import this module and register their output
 * kinds with `OutputRegistry` when they start (see README, "Outputs changed since download").
 */
@Module({
  imports: [IdentityModule],
  controllers: [ReportsController, OutputsController],
  providers: [ReportsService, OutputRegistry, OutputDownloadsService],
  exports: [ReportsService, OutputRegistry, OutputDownloadsService],
})
export class ReportsModule implements OnApplicationBootstrap, OnModuleInit {
  constructor(private readonly outputs: OutputRegistry) {}

  onModuleInit(): void {
    this.outputs.register(ATTENDANCE_REPORT_OUTPUT);
    this.outputs.register(SIGN_IN_SHEET_OUTPUT);
  }

  async onApplicationBootstrap(): Promise<void> {
    await preloadReportFonts();
  }
}

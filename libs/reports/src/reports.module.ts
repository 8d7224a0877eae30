import { Module, type OnApplicationBootstrap } from '@nestjs/common';
import { IdentityModule } from '@app/identity';
import { ReportsController } from './http/reports.controller.js';
import { ReportsService } from './http/reports.service.js';
import { preloadReportFonts } from './pdf/report-fonts.js';

@Module({
  imports: [IdentityModule],
  controllers: [ReportsController],
  providers: [ReportsService],
  exports: [ReportsService],
})
export class ReportsModule implements OnApplicationBootstrap {
  async onApplicationBootstrap(): Promise<void> {
    await preloadReportFonts();
  }
}

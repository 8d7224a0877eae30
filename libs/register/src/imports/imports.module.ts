import { Module } from '@nestjs/common';
import { IdentityModule } from '@app/identity';
import { RegisterCoreModule } from '../register-core.module.js';
import { AttendeeImportController } from './attendee-import.controller.js';
import { AttendeeImportJob } from './attendee-import.job.js';
import { AttendeeImportService } from './attendee-import.service.js';

/** Bulk import of delegation and attendee lists from CSV or XLSX, run as background jobs. */
@Module({
  imports: [RegisterCoreModule, IdentityModule],
  controllers: [AttendeeImportController],
  providers: [AttendeeImportService, AttendeeImportJob],
})
export class ImportsModule {}

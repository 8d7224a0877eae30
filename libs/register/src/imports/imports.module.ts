import { Module } from '@nestjs/common';
import { IdentityModule } from '@app/identity';
import { RegisterCoreModule } from '../register-core.module.js';
import { AttendeeImportController } from './attendee-import.controller.js';
import { AttendeeImportService } from './attendee-import.service.js';

/** Bulk import of delegation and attendee lists from CSV or XLSX. */
@Module({
  imports: [RegisterCoreModule, IdentityModule],
  controllers: [AttendeeImportController],
  providers: [AttendeeImportService],
})
export class ImportsModule {}

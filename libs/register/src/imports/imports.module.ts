import { Module } from '@nestjs/common';
import { IdentityModule } from '@app/identity';
import { AttendanceService } from '../attendance/attendance.service.js';
import { PeopleService } from '../people/people.service.js';
import { AttendeeImportController } from './attendee-import.controller.js';
import { AttendeeImportService } from './attendee-import.service.js';

/** Bulk import of delegation and attendee lists from CSV or XLSX. */
@Module({
  imports: [IdentityModule],
  controllers: [AttendeeImportController],
  providers: [AttendeeImportService, PeopleService, AttendanceService],
})
export class ImportsModule {}

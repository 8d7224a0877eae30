import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@app/identity';
import { AgendaItem } from '../agenda/agenda-item.entity.js';
import { Attendance } from '../attendance/attendance.entity.js';
import { PeopleService } from '../people/people.service.js';
import { Speech } from './speech.entity.js';
import { SpeechesController } from './speeches.controller.js';
import { SpeechesService } from './speeches.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Speech, Attendance, AgendaItem]), IdentityModule],
  controllers: [SpeechesController],
  providers: [SpeechesService, PeopleService],
  exports: [SpeechesService],
})
export class SpeechesModule {}

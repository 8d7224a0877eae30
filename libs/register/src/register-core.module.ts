import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@app/identity';
import { AgendaController } from './agenda/agenda.controller.js';
import { AgendaService } from './agenda/agenda.service.js';
import { AttendanceController } from './attendance/attendance.controller.js';
import { AttendanceService } from './attendance/attendance.service.js';
import { ReplacementListeners } from './attendance/replacement-listeners.js';
import { DelegationsController } from './delegations/delegations.controller.js';
import { DelegationsService } from './delegations/delegations.service.js';
import { REGISTER_ENTITIES } from './entities/index.js';
import { EventsController } from './events/events.controller.js';
import { EventsService } from './events/events.service.js';
import { OrganizationsController } from './organizations/organizations.controller.js';
import { OrganizationsService } from './organizations/organizations.service.js';
import { ParticipantGroupsController } from './participant-groups/participant-groups.controller.js';
import { ParticipantGroupsService } from './participant-groups/participant-groups.service.js';
import { PeopleController } from './people/people.controller.js';
import { PeopleMergeService } from './people/people-merge.service.js';
import { PeopleService } from './people/people.service.js';

const SERVICES = [
  OrganizationsService,
  PeopleService,
  PeopleMergeService,
  EventsService,
  AgendaService,
  AttendanceService,
  ReplacementListeners,
  ParticipantGroupsService,
  DelegationsService,
];

/** Organizations, people, events, agenda, attendance, groups and delegations: what the other register parts build on. */
@Module({
  imports: [TypeOrmModule.forFeature(REGISTER_ENTITIES), IdentityModule],
  controllers: [
    OrganizationsController,
    PeopleController,
    EventsController,
    AgendaController,
    AttendanceController,
    ParticipantGroupsController,
    DelegationsController,
  ],
  providers: SERVICES,
  exports: SERVICES,
})
export class RegisterCoreModule {}

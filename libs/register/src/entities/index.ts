import { AgendaItem } from '../agenda/agenda-item.entity.js';
import { Attendance } from '../attendance/attendance.entity.js';
import { Delegation } from '../delegations/delegation.entity.js';
import { EventOrganization } from '../events/event-organization.entity.js';
import { Event } from '../events/event.entity.js';
import { MouParty } from '../mous/mou-party.entity.js';
import { Mou } from '../mous/mou.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { ParticipantGroup } from '../participant-groups/participant-group.entity.js';
import { Person } from '../people/person.entity.js';
import { Position } from '../people/position.entity.js';
import { SignedProject } from '../projects/signed-project.entity.js';
import { Speech } from '../speeches/speech.entity.js';

export {
  AgendaItem,
  Attendance,
  Delegation,
  Event,
  EventOrganization,
  Mou,
  MouParty,
  Organization,
  ParticipantGroup,
  Person,
  Position,
  SignedProject,
  Speech,
};

export const REGISTER_ENTITIES = [
  Organization,
  Person,
  Position,
  Event,
  EventOrganization,
  AgendaItem,
  Attendance,
  ParticipantGroup,
  Delegation,
  Speech,
  Mou,
  MouParty,
  SignedProject,
];

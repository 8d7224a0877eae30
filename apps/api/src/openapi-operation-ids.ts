/**
 * Readable operationIds for the typed client (`listEvents`, `getEvent`, `checkInAttendee`): the method's
 * verb and the controller's resource, with names of their own for the operations that read better so.
 */

/** The resource each controller serves: [singular, plural]. */
const RESOURCES: Record<string, [string, string]> = {
  ApiKeysController: ['ApiKey', 'ApiKeys'],
  AuthController: ['', ''],
  SessionsController: ['Session', 'Sessions'],
  MembersController: ['Member', 'Members'],
  OrganizationsController: ['Organization', 'Organizations'],
  PeopleController: ['Person', 'People'],
  EventsController: ['Event', 'Events'],
  AgendaController: ['AgendaItem', 'AgendaItems'],
  AttendanceController: ['Attendee', 'Attendees'],
  ParticipantGroupsController: ['ParticipantGroup', 'ParticipantGroups'],
  SpeechesController: ['Speech', 'Speeches'],
  EventMousController: ['Mou', 'EventMous'],
  MousController: ['Mou', 'Mous'],
  EventProjectsController: ['Project', 'EventProjects'],
  ProjectsController: ['Project', 'Projects'],
  AttendeeImportController: ['AttendeeImport', 'AttendeeImports'],
  WriteupController: ['WriteupDraft', 'WriteupDrafts'],
  ReportsController: ['Report', 'Reports'],
  HealthController: ['Health', 'Health'],
};

/** Operations named outright, by `Controller.method`. */
const NAMED: Record<string, string> = {
  'AuthController.signup': 'signUp',
  'AuthController.login': 'logIn',
  'AuthController.me': 'getCurrentActor',
  'SessionsController.switchWorkspace': 'switchSessionWorkspace',
  'MembersController.remove': 'removeMember',
  'AttendanceController.addMany': 'addAttendeesInBulk',
  'AttendanceController.remove': 'removeAttendee',
  'WriteupController.writeup': 'getEventWriteupInFormat',
  'WriteupController.document': 'getEventWriteup',
  'WriteupController.file': 'downloadEventWriteup',
  'WriteupController.versions': 'listWriteupDraftVersions',
  'ReportsController.attendance': 'getAttendanceReport',
  'ReportsController.signInSheet': 'getSignInSheet',
  'ReportsController.link': 'createReportLink',
  'ReportsController.download': 'downloadReport',
  'AttendeeImportController.import': 'importAttendees',
  'HealthController.check': 'getHealth',
};

const VERBS: Record<string, string> = { remove: 'delete' };

export function operationId(controllerKey: string, methodKey: string): string {
  const named = NAMED[`${controllerKey}.${methodKey}`];
  if (named) return named;
  const [singular, plural] = RESOURCES[controllerKey] ?? [
    controllerKey.replace(/Controller$/, ''),
    controllerKey.replace(/Controller$/, ''),
  ];
  return `${VERBS[methodKey] ?? methodKey}${methodKey === 'list' ? plural : singular}`;
}

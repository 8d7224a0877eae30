export { ProtocolModule } from './protocol.module.js';
export * from './seating/conventions.js';
export * from './seating/layout.js';
export { SeatingPlan } from './seating/seating-plan.entity.js';
export { SeatingPlansService } from './seating/seating-plans.service.js';
export { ProtocolFilesService } from './outputs/protocol-files.service.js';

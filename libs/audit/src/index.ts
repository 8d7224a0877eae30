export * from './audit.module.js';
export * from './audit-entry.entity.js';
export * from './audit-log.service.js';
export * from './dto/audit-log.dto.js';

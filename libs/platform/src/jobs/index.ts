export * from './job-definition.js';
export * from './job-queue.service.js';
export * from './jobs.module.js';

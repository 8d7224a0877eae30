export * from './followup.module.js';
export * from './pipeline/stages.js';
export * from './pipeline/pipeline.service.js';
export * from './agreements/followup-alerts.job.js';
export * from './agreements/mou-followup.service.js';

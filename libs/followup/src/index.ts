export * from './followup.module.js';
export * from './pipeline/stages.js';
export * from './pipeline/pipeline.service.js';
export * from './agreements/followup-alerts.job.js';

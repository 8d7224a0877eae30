export * from './followup.module.js';
export * from './pipeline/stages.js';
export * from './pipeline/pipeline.service.js';

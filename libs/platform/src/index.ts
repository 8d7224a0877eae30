export * from './idempotency/idempotency.module.js';
export * from './idempotency/idempotency.store.js';
export * from './idempotency/idempotency.interceptor.js';
export * from './idempotency/idempotency-openapi.js';
export * from './idempotency/request-fingerprint.js';
export * from './jobs/index.js';

export * from './identity.module.js';
export * from './entities/index.js';
export * from './auth/auth.decorator.js';
export * from './auth/auth.guard.js';
export * from './auth/api-key-secret.js';
export * from './auth/auth.service.js';
export * from './auth/credentials.service.js';
export * from './auth/rate-limit.js';

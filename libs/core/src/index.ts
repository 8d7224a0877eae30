export * from './i18n/localized-text.js';

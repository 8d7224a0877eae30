import { registerDecorator, type ValidationOptions } from 'class-validator';
import { LANGUAGES } from '../i18n/localized-text.js';

/**
 * Text in one or more languages. At least one of `zh`, `ja`, `en` must be a non-empty string.
 * A writeup or report in a language uses that language's text and falls back to the others.
 */
export class LocalizedTextDto {
  /** Chinese, e.g. 山东省副省长 */
  zh?: string;
  /** Japanese, e.g. 山東省副省長 */
  ja?: string;
  /** English, e.g. Vice Governor of Shandong Province */
  en?: string;
}

export function isLocalizedText(value: unknown, maxLength = 2000): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  if (entries.length === 0) return false;
  let present = 0;
  for (const [key, text] of entries) {
    if (!(LANGUAGES as readonly string[]).includes(key)) return false;
    if (text === undefined || text === null) continue;
    if (typeof text !== 'string' || text.length > maxLength) return false;
    if (text.trim()) present++;
  }
  return present > 0;
}

/** Validates a LocalizedText property (use with the property typed `LocalizedTextDto`). */
export function IsLocalizedText(options: ValidationOptions & { maxLength?: number } = {}): PropertyDecorator {
  const maxLength = options.maxLength ?? 2000;
  return (target, propertyName) =>
    registerDecorator({
      name: 'isLocalizedText',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: `$property must be an object with at least one of ${LANGUAGES.join(', ')} as a non-empty string of at most ${maxLength} characters, and no other keys`,
        ...options,
      },
      validator: { validate: (value: unknown) => isLocalizedText(value, maxLength) },
    });
}

import type { Type } from '@nestjs/common';
import { ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { registerDecorator, type ValidationOptions } from 'class-validator';
import { LANGUAGES } from '../i18n/localized-text.js';
import { ApiKeywords, MAX_LENGTH } from './limits.js';

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

const KIND_NAMES: Partial<Record<number, string>> = {
  [MAX_LENGTH.name]: 'LocalizedNameInput',
  [MAX_LENGTH.title]: 'LocalizedTitleInput',
  [MAX_LENGTH.passage]: 'LocalizedPassageInput',
  [MAX_LENGTH.text]: 'LocalizedTextInput',
};
const inputSchemas = new Map<number, Type<LocalizedTextDto>>();

/** Names of the documented multilingual input schemas, to state in the document that they take no other keys. */
export const localizedTextInputNames = (): string[] => [...inputSchemas.values()].map((schema) => schemaNames.get(schema)!);
const schemaNames = new Map<Type<LocalizedTextDto>, string>();

/** The documented shape of multilingual input: `{ zh?, ja?, en? }`, each language at most `maxLength` characters. */
export function localizedTextInput(maxLength: number): Type<LocalizedTextDto> {
  let schema = inputSchemas.get(maxLength);
  if (schema) return schema;
  const name = KIND_NAMES[maxLength] ?? `LocalizedText${maxLength}Input`;
  @ApiSchema({
    name,
    description: `Text in one or more languages, each at most ${maxLength} characters; at least one of zh, ja, en is a non-empty string, and no other keys.`,
  })
  class LocalizedTextInput {
    @ApiPropertyOptional({ type: String, maxLength, description: 'Chinese' })
    zh?: string;
    @ApiPropertyOptional({ type: String, maxLength, description: 'Japanese' })
    ja?: string;
    @ApiPropertyOptional({ type: String, maxLength, description: 'English' })
    en?: string;
  }
  schema = LocalizedTextInput;
  inputSchemas.set(maxLength, schema);
  schemaNames.set(schema, name);
  return schema;
}

export function isLocalizedText(value: unknown, maxLength: number = MAX_LENGTH.passage): boolean {
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

/**
 * Validates a LocalizedText property (use with the property typed `LocalizedTextDto`) and documents
 * it as `{ zh?, ja?, en? }` with the limit on each language (a list of them with `each: true`).
 */
export function IsLocalizedText(options: ValidationOptions & { maxLength?: number } = {}): PropertyDecorator {
  const { maxLength = MAX_LENGTH.passage, ...validationOptions } = options;
  const schema = localizedTextInput(maxLength);
  return (target, propertyName) => {
    registerDecorator({
      name: 'isLocalizedText',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: `$property must be an object with at least one of ${LANGUAGES.join(', ')} as a non-empty string of at most ${maxLength} characters, and no other keys`,
        ...validationOptions,
      },
      validator: { validate: (value: unknown) => isLocalizedText(value, maxLength) },
    });
    ApiKeywords({ type: () => (validationOptions.each ? [schema] : schema) })(target, propertyName);
  };
}

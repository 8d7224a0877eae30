import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, MaxLength, type ValidationOptions } from 'class-validator';

/**
 * The longest text, in characters, each kind of input takes. Every string a client sends has one of
 * these limits (or a format that bounds it, such as a UUID or an enum); the OpenAPI document publishes
 * them as `maxLength`, and multilingual text applies the limit to each language.
 */
export const MAX_LENGTH = {
  /** A short key: a side code */
  code: 40,
  /** A currency code (ISO 4217) */
  currency: 3,
  /** A decimal amount as a string */
  amount: 20,
  /** A date, YYYY-MM-DD */
  date: 10,
  /** An instant, ISO 8601 with offset */
  dateTime: 40,
  /** An IANA time zone */
  timeZone: 64,
  /** An email address (RFC 5321) */
  email: 254,
  /** A password */
  password: 200,
  /** The token of a one-time link (256 random bits, base64url) */
  token: 43,
  /** A name: of a person, an organization, a place, a side, a workspace, an API key; search text */
  name: 200,
  /** A title: of an event, a position, an agreement, a project, an agenda segment; a venue; a headline */
  title: 500,
  /** A passage of a sentence or two: a key point, a quote, a purpose, a theme, a group of participants, a note */
  passage: 2_000,
  /** Free text: a summary */
  text: 10_000,
  /** A web address: a webhook endpoint */
  url: 2_000,
  /** A whole document: the Markdown body of a writeup */
  document: 200_000,
} as const;

/** The most items each kind of list takes. */
export const MAX_ITEMS = {
  /** Positions of a person */
  positions: 10,
  /** Sides of an event */
  sides: 10,
  /** Host or co-host organizations of an event */
  hosts: 20,
  /** Parties to an MoU or a signed project */
  parties: 20,
  /** Witnesses of an MoU signing */
  witnesses: 50,
  /** Key points or quotes of a speech */
  keyPoints: 20,
  /** Attendees added in one bulk request */
  bulkAttendees: 1_000,
} as const;

const METADATA_FACTORY = '_OPENAPI_METADATA_FACTORY';
type PluginMetadata = Record<string, { type?: () => unknown } | undefined>;
/** Types given outright by a decorator (e.g. multilingual text), by class prototype and property. */
const declaredTypes = new WeakMap<object, Map<string | symbol, () => unknown>>();

/**
 * Adds OpenAPI keywords to a property while keeping its type: the one a decorator gave outright, else
 * the one the Swagger CLI plugin found (items, nullability), else the declared type. The plugin
 * publishes class-validator limits only when they are written as literals, so limits given by name
 * are published here.
 */
export function ApiKeywords(keywords: { maxLength?: number; maxItems?: number; type?: () => unknown }): PropertyDecorator {
  return (target, key) => {
    if (keywords.type) {
      if (!declaredTypes.has(target)) declaredTypes.set(target, new Map());
      declaredTypes.get(target)!.set(key, keywords.type);
    }
    const declared: unknown = Reflect.getMetadata('design:type', target, key);
    const owner = target.constructor as unknown as Record<string, (() => PluginMetadata) | undefined>;
    // a function named `type` is resolved lazily by Swagger, after the plugin metadata is loaded
    const type = () => declaredTypes.get(target)?.get(key)?.() ?? owner[METADATA_FACTORY]?.()[String(key)]?.type?.() ?? declared;
    ApiProperty({ maxLength: keywords.maxLength, maxItems: keywords.maxItems, type })(target, key);
  };
}

/** class-validator's MaxLength, published as `maxLength`. */
export const LimitLength = (max: number, options?: ValidationOptions) =>
  applyDecorators(MaxLength(max, options), ApiKeywords({ maxLength: max }));

/** class-validator's ArrayMaxSize, published as `maxItems`. */
export const LimitItems = (max: number, options?: ValidationOptions) =>
  applyDecorators(ArrayMaxSize(max, options), ApiKeywords({ maxItems: max }));

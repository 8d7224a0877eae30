import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';
import { resolve } from 'node:path';

/** The typed client's schema and the document it comes from, both committed for the web console. */
export const API_SCHEMA_FILE = 'apps/web/src/lib/api-schema.d.ts';
export const OPENAPI_FILE = 'apps/web/openapi.json';

const HEADER = [
  '/**',
  ' * The API as TypeScript types, generated from the OpenAPI document by openapi-typescript.',
  ' * Do not edit: change the API, then run `npm run api:types`.',
  ' */',
  '',
].join('\n');

async function prettier(text: string, file: string): Promise<string> {
  const options = (await resolveConfig(resolve(file))) ?? {};
  return format(text, { ...options, filepath: file });
}

/** The committed files for an OpenAPI document: the types of `paths` and `components`, and the document itself. */
export async function renderApiFiles(document: object): Promise<{ types: string; json: string }> {
  // a default is what the server assumes when the field is left out, so such fields stay optional
  const ast = await openapiTS(document as OpenAPI3, { silent: true, defaultNonNullable: false });
  const types = await prettier(HEADER + astToString(ast), API_SCHEMA_FILE);
  const json = await prettier(JSON.stringify(document), OPENAPI_FILE);
  return { types, json };
}

import { readdirSync, readFileSync } from 'fs';
import path from 'path';

import Ajv2020 from 'ajv/dist/2020';

import { ROOT } from '../../support/paths';

/**
 * The official IPTC ninjs 3.1 schema, kept in tests/fixtures/standards (see its README), compiled
 * with Ajv's 2020-12 build and a permissive GeoJSON schema registered under the $id the schema
 * refers to. Ajv ships no format checks; `uri` and `date-time` are defined here so they are enforced.
 */
export const STANDARDS = path.join(ROOT, 'tests', 'fixtures', 'standards');
export const NINJS_SCHEMA_FILE = path.join(STANDARDS, 'ninjs-schema_3.1.json');
export const NINJS_EXAMPLES_DIR = path.join(STANDARDS, 'ninjs-3.1-examples');

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

/** RFC 3339 date-time, the JSON Schema definition: a time zone is required. */
const DATE_TIME = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[Tt]([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/** An absolute URI (RFC 3986): a scheme, no whitespace, and parseable. */
const isUri = (value: string): boolean => {
  if (!/^[a-z][a-z0-9+.-]*:[^\s]*$/i.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
};

const createValidator = () => {
  const ajv = new Ajv2020({ allErrors: true });
  ajv.addFormat('date-time', { type: 'string', validate: (value: string) => DATE_TIME.test(value) && !Number.isNaN(Date.parse(value)) });
  ajv.addFormat('uri', { type: 'string', validate: isUri });
  ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json', type: 'object' });
  return ajv.compile(readJson(NINJS_SCHEMA_FILE) as object);
};

let validator: ReturnType<typeof createValidator> | undefined;

/** The schema's error list for `item` (empty when it validates). */
export const ninjsErrors = (item: unknown): string[] => {
  validator ??= createValidator();
  return validator(item) ? [] : (validator.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`);
};

export const officialExamples = (): [string, unknown][] =>
  readdirSync(NINJS_EXAMPLES_DIR)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => [file, readJson(path.join(NINJS_EXAMPLES_DIR, file))]);

import type { Core } from '@strapi/strapi';

/**
 * Newsroom records reach consumers only through the newsroom's own routes, which read published
 * rows. Strapi's other content-API routes could still reach them through a polymorphic relation:
 * `GET /api/upload/files?populate[related][on][plugin::newsroom.photo-caption][populate][story]=true`
 * with a full-access API token returned a draft story's caption and the story's draft row. This
 * output sanitizer, run on every content-API response of another type, drops any newsroom record.
 */
const NEWSROOM_PREFIX = 'plugin::newsroom.';

const isNewsroomRecord = (value: unknown): boolean =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { __type?: unknown }).__type === 'string' &&
  (value as { __type: string }).__type.startsWith(NEWSROOM_PREFIX);

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

export const stripNewsroomRecords = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.filter((item) => !isNewsroomRecord(item)).map(stripNewsroomRecords);
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = isNewsroomRecord(item) ? null : stripNewsroomRecords(item);
  return out;
};

export const registerContentApiGuard = (strapi: Core.Strapi) => {
  // Strapi types sanitizers as lodash-curried functions; it calls ours with the schema, then the data.
  const newsroomContentApiGuard = () => (data: unknown) => stripNewsroomRecords(data);
  const sanitizer = newsroomContentApiGuard as unknown as Parameters<Core.Strapi['sanitizers']['add']>[1];
  strapi.sanitizers.add('content-api.output', sanitizer);
};

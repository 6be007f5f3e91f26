import { errors } from '@strapi/utils';
import { z } from 'zod';

import { STORY_FIELDS, type StoryField } from '../../../shared/contracts/story';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 10;

export const positiveInt = (name: string) =>
  z.coerce
    .number({ error: `${name} must be a whole number` })
    .int(`${name} must be a whole number`)
    .min(1, `${name} must be at least 1`);

/** `status` is accepted only as "published": the public API has nothing else to give. */
export const statusParam = z.literal('published', { error: 'status can only be "published" here' }).optional();

export { STORY_FIELDS, type StoryField };

export const STORY_SORTS = ['publishedAt:desc', 'publishedAt:asc', 'headline:asc', 'headline:desc'] as const;
export type StorySort = (typeof STORY_SORTS)[number];

export const shortText = (name: string) => z.string({ error: `${name} must be given once, as text` }).trim().min(1, `${name} must not be empty`).max(255);

const isoDate = (name: string) =>
  z
    .string({ error: `${name} must be given once` })
    .refine((value) => /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/.test(value) && !Number.isNaN(Date.parse(value)), {
      message: `${name} must be an ISO 8601 date, like 2019-08-09 or 2019-08-09T12:00:00Z`,
    })
    .transform((value) => new Date(value));

const fieldsParam = z
  .string({ error: 'fields must be a comma-separated list' })
  .transform((value) => value.split(',').map((field) => field.trim()).filter(Boolean))
  .pipe(
    z
      .array(z.enum(STORY_FIELDS, { error: (issue) => `fields: unknown field "${String(issue.input)}" (known: ${STORY_FIELDS.join(', ')})` }))
      .min(1, 'fields must name at least one field')
  );

const listQuery = z
  .object({
    page: positiveInt('page').default(1),
    pageSize: positiveInt('pageSize').max(MAX_PAGE_SIZE, `pageSize must be at most ${MAX_PAGE_SIZE}`).default(DEFAULT_PAGE_SIZE),
    status: statusParam,
    sort: z.enum(STORY_SORTS, { error: `sort must be one of ${STORY_SORTS.join(', ')}` }).default('publishedAt:desc'),
    section: shortText('section').optional(),
    tag: shortText('tag').optional(),
    source: shortText('source').optional(),
    publishedAfter: isoDate('publishedAfter').optional(),
    publishedBefore: isoDate('publishedBefore').optional(),
    fields: fieldsParam.optional(),
  })
  .strict();

const singleQuery = z.object({ status: statusParam, fields: fieldsParam.optional() }).strict();

export type StoryListQuery = z.infer<typeof listQuery>;

const describe = (error: z.ZodError) =>
  error.issues
    .map((issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown query parameter${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}`
        : `${issue.path.join('.') || 'query'}: ${issue.message}`
    )
    .join('; ');

export const parseOrThrow = <T extends z.ZodTypeAny>(schema: T, query: unknown): z.infer<T> => {
  const result = schema.safeParse(query ?? {});
  if (!result.success) throw new errors.ValidationError(`Invalid query: ${describe(result.error)}.`);
  return result.data;
};

/**
 * `?page=2&pageSize=20&sort=publishedAt:desc&section=U.S.&tag=border&source=DOCUMENT_ID&publishedAfter=2019-08-01&fields=headline,quotes`.
 * Repeated or nested parameters (`?page[x]=1`) and unknown parameters are a 400 naming them.
 */
export const parseStoryListQuery = (query: unknown) => parseOrThrow(listQuery, query);

export const parseStoryQuery = (query: unknown) => parseOrThrow(singleQuery, query);

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A well-formed slug, or null: a malformed one cannot name any story. */
export const parseStorySlugOrNull = (slug: unknown): string | null =>
  typeof slug === 'string' && slug.length <= 255 && SLUG.test(slug) ? slug : null;

export const parseStorySlug = (slug: unknown): string => {
  const parsed = parseStorySlugOrNull(slug);
  if (!parsed) throw new errors.NotFoundError('No published story has that slug.');
  return parsed;
};

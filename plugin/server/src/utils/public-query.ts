import { errors } from '@strapi/utils';
import { z } from 'zod';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 10;

const positiveInt = (name: string) =>
  z.coerce
    .number({ error: `${name} must be a whole number` })
    .int(`${name} must be a whole number`)
    .min(1, `${name} must be at least 1`);

/** `status` is accepted only as "published": the public API has nothing else to give. */
const statusParam = z.literal('published', { error: 'status can only be "published" here' }).optional();

const listQuery = z
  .object({
    page: positiveInt('page').default(1),
    pageSize: positiveInt('pageSize').max(MAX_PAGE_SIZE, `pageSize must be at most ${MAX_PAGE_SIZE}`).default(DEFAULT_PAGE_SIZE),
    status: statusParam,
  })
  .strict();

const singleQuery = z.object({ status: statusParam }).strict();

const describe = (error: z.ZodError) =>
  error.issues
    .map((issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown query parameter${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}`
        : `${issue.path.join('.') || 'query'}: ${issue.message}`
    )
    .join('; ');

const parseOrThrow = <T extends z.ZodTypeAny>(schema: T, query: unknown): z.infer<T> => {
  const result = schema.safeParse(query ?? {});
  if (!result.success) throw new errors.ValidationError(`Invalid query: ${describe(result.error)}.`);
  return result.data;
};

/** `?page=2&pageSize=20`. Nested objects (`?page[x]=1`) and unknown parameters are a 400. */
export const parseStoryListQuery = (query: unknown) => parseOrThrow(listQuery, query);

export const parseStoryQuery = (query: unknown) => parseOrThrow(singleQuery, query);

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const parseStorySlug = (slug: unknown): string => {
  if (typeof slug !== 'string' || slug.length > 255 || !SLUG.test(slug)) {
    throw new errors.NotFoundError('No published story has that slug.');
  }
  return slug;
};

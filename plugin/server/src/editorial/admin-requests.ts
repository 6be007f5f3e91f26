import { errors } from '@strapi/utils';
import { z } from 'zod';

import { QUOTE_DELIVERIES, SOURCE_KINDS, STATISTIC_QUALIFIERS } from '../../../shared/contracts/story';
import {
  OVERRIDE_REASON_MIN_LENGTH,
  STORY_CHECK_PROBLEM_FILTERS,
  STORY_CHECK_SORT_FIELDS,
  type PublishOverrideRequest,
  type QuoteTextRequest,
  type RecordQuoteRequest,
  type RecordStatisticRequest,
  type SignOffRequest,
} from '../../../shared/contracts/attributions';
import type { StoryCheckListQuery } from './story-checks';

const documentId = z.string().trim().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'must be a documentId');

const signOffRequest = z.strictObject({
  targetType: z.enum(['quote', 'statistic']),
  targetDocumentId: documentId,
  verdict: z.enum(['verified', 'disputed']),
  note: z.string().max(2000).nullish(),
});

const publishOverrideRequest = z.strictObject({
  reason: z
    .string()
    .trim()
    .min(OVERRIDE_REASON_MIN_LENGTH, `reason must say why, in at least ${OVERRIDE_REASON_MIN_LENGTH} characters`)
    .max(2000),
});

const sortParam = z
  .string()
  .regex(new RegExp(`^(${STORY_CHECK_SORT_FIELDS.join('|')}):(asc|desc)$`), 'sort must be FIELD:asc or FIELD:desc')
  .default('storyUpdatedAt:desc');

const storyCheckListQuery = z.strictObject({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  sort: sortParam,
  publication: z.enum(['draft', 'published', 'modified']).optional(),
  problems: z.enum(STORY_CHECK_PROBLEM_FILTERS).optional(),
  search: z.string().trim().max(200).optional(),
});

const quoteWords = z.string().trim().min(1, 'must not be empty').max(10_000);

const sourceRef = (defaultKind: (typeof SOURCE_KINDS)[number]) =>
  z.union([
    z.strictObject({ documentId }),
    z.strictObject({ name: z.string().trim().min(1, 'must not be empty').max(255), kind: z.enum(SOURCE_KINDS).default(defaultKind) }),
  ]);

const recordQuoteRequest = z.strictObject({
  text: quoteWords,
  speaker: sourceRef('person').nullable(),
  delivery: z.enum(QUOTE_DELIVERIES).default('spoken'),
  isPartial: z.boolean().default(false),
});

const recordStatisticRequest = z.strictObject({
  valueText: z.string().trim().min(1, 'must not be empty').max(255),
  value: z.number(),
  unit: z.string().trim().max(255).nullable().default(null).transform((unit) => unit || null),
  measures: z.string().trim().min(1, 'say what the figure counts').max(255),
  qualifier: z.enum(STATISTIC_QUALIFIERS).default('exact'),
  source: sourceRef('organization').nullable(),
});

const quoteTextRequest = z.strictObject({ text: quoteWords });

const MAX_RECHECK = 100;

const recheckRequest = z.strictObject({
  storyDocumentIds: z.array(documentId).min(1, 'select at least one story').max(MAX_RECHECK, `at most ${MAX_RECHECK} stories at a time`),
});

const parse = <T>(schema: z.ZodType<T>, input: unknown, what: string): T => {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.') || what}: ${issue.message}`);
  throw new errors.ValidationError(`Invalid ${what}: ${problems.join('; ')}`, { problems });
};

export const parseDocumentId = (value: unknown) => parse(documentId, value, 'documentId');
export const parseSignOffRequest = (body: unknown): SignOffRequest => parse(signOffRequest, body, 'sign-off');
export const parsePublishOverrideRequest = (body: unknown): PublishOverrideRequest =>
  parse(publishOverrideRequest, body, 'override');

export const parseRecordQuoteRequest = (body: unknown): RecordQuoteRequest => parse(recordQuoteRequest, body, 'quote');
export const parseRecordStatisticRequest = (body: unknown): RecordStatisticRequest => parse(recordStatisticRequest, body, 'statistic');
export const parseQuoteTextRequest = (body: unknown): QuoteTextRequest => parse(quoteTextRequest, body, 'quote text');

export const parseRecheckRequest = (body: unknown): { storyDocumentIds: string[] } => parse(recheckRequest, body, 're-check');

/** The list's filters and sort without its pagination (the CSV export takes every matching story). */
export const parseStoryCheckExportQuery = (query: unknown): Omit<StoryCheckListQuery, 'page' | 'pageSize'> => {
  const { sort, ...rest } = parse(storyCheckListQuery.omit({ page: true, pageSize: true }), query, 'query');
  const [field, order] = sort.split(':') as [StoryCheckListQuery['sort']['field'], 'asc' | 'desc'];
  return { ...rest, search: rest.search || undefined, sort: { field, order } };
};

export const parseStoryCheckListQuery = (query: unknown): StoryCheckListQuery => {
  const { sort, ...rest } = parse(storyCheckListQuery, query, 'query');
  const [field, order] = sort.split(':') as [StoryCheckListQuery['sort']['field'], 'asc' | 'desc'];
  return { ...rest, search: rest.search || undefined, sort: { field, order } };
};

import { errors } from '@strapi/utils';

import { parseStoryListQuery, type StoryListQuery } from '../public-query';

/**
 * `publishedStories` arguments in Strapi's GraphQL conventions, translated to the REST list query
 * and checked by the same parser, so both APIs filter, sort, page and limit alike:
 * `filters: { section: { eq }, tag: { eq }, source: { eq }, publishedAt: { gte, lte } }`,
 * `sort: ["publishedAt:desc"]`, `pagination: { page, pageSize }`. The older top-level `page` and
 * `pageSize` still work, but not together with `pagination`.
 */
export interface PublishedStoriesArgs {
  filters?: {
    section?: { eq?: string | null } | null;
    tag?: { eq?: string | null } | null;
    source?: { eq?: string | null } | null;
    publishedAt?: { gte?: string | null; lte?: string | null } | null;
  } | null;
  sort?: string[] | null;
  pagination?: { page?: number | null; pageSize?: number | null } | null;
  page?: number | null;
  pageSize?: number | null;
}

/** REST parameter -> the GraphQL argument it came from, so error messages name what was written. */
const ARGUMENT_NAMES: Array<[RegExp, string]> = [
  [/\bpublishedAfter\b/g, 'filters.publishedAt.gte'],
  [/\bpublishedBefore\b/g, 'filters.publishedAt.lte'],
  [/\bsection\b/g, 'filters.section.eq'],
  [/\btag\b/g, 'filters.tag.eq'],
  [/\bsource\b/g, 'filters.source.eq'],
];

const present = (value: unknown) => value !== undefined && value !== null;

const withoutEmpty = (query: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(query).filter(([, value]) => present(value)));

export const parsePublishedStoriesArgs = (args: PublishedStoriesArgs): StoryListQuery => {
  const { filters, sort, pagination } = args;
  if (pagination && (present(args.page) || present(args.pageSize))) {
    throw new errors.ValidationError('Invalid arguments: give pagination: { page, pageSize } or page/pageSize, not both.');
  }
  if (sort && sort.length > 1) {
    throw new errors.ValidationError('Invalid arguments: sort takes one value, like ["publishedAt:desc"].');
  }
  try {
    return parseStoryListQuery(
      withoutEmpty({
        page: pagination?.page ?? args.page,
        pageSize: pagination?.pageSize ?? args.pageSize,
        sort: sort?.[0],
        section: filters?.section?.eq,
        tag: filters?.tag?.eq,
        source: filters?.source?.eq,
        publishedAfter: filters?.publishedAt?.gte,
        publishedBefore: filters?.publishedAt?.lte,
      })
    );
  } catch (error) {
    if (!(error instanceof errors.ValidationError)) throw error;
    const message = ARGUMENT_NAMES.reduce((text, [rest, graphql]) => text.replace(rest, graphql), error.message);
    throw new errors.ValidationError(message.replace('Invalid query:', 'Invalid arguments:'));
  }
};

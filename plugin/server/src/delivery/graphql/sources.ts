import type { Core } from '@strapi/strapi';

import { getService } from '../../services/get-service';
import { parseSourceDocumentIdOrNull, parseSourceListQuery, parseSourceQuery } from '../source-query';

/** The object types below: plain data, resolved by GraphQL's default resolver. */
export const PUBLISHED_SOURCE_TYPES = ['PublishedSourcePage', 'PublishedSourceWithStories'];

/**
 * Sources over GraphQL, as over REST (`/api/newsroom/sources`): only sources of published stories,
 * public fields only. Strapi's GraphQL plugin resolves them, and the GraphQL fast path answers the
 * public's (delivery/graphql-fast-path.ts), with the same resolvers, cost limit and permissions.
 */
export const sourceTypeDefs = /* GraphQL */ `
  input PublishedSourceNameFilterInput {
    "Names containing this text, in any case"
    containsi: String
  }

  input PublishedSourceFiltersInput {
    name: PublishedSourceNameFilterInput
  }

  type PublishedSourcePage {
    data: [PublishedSource!]!
    pagination: PublishedStoryPagination!
  }

  type PublishedSourceWithStories {
    documentId: ID!
    name: String!
    kind: String!
    title: String
    description: String
    affiliation: PublishedSourceSummary
    "Published stories that quote, cite or list this source, newest first"
    stories: PublishedStoryPage!
  }

  extend type Query {
    "Sources that published stories quote, cite or list, by name."
    publishedSources(filters: PublishedSourceFiltersInput, pagination: PublishedPaginationArg): PublishedSourcePage!
    "One source of a published story, with a page of those stories; null for any other documentId."
    publishedSource(documentId: ID!, pagination: PublishedPaginationArg): PublishedSourceWithStories
  }
`;

interface Paging {
  pagination?: { page?: number | null; pageSize?: number | null } | null;
}

export type PublishedSourcesArgs = Paging & { filters?: { name?: { containsi?: string | null } | null } | null };
export type PublishedSourceArgs = Paging & { documentId: string };

const pagingOf = ({ pagination }: Paging) =>
  Object.fromEntries(Object.entries({ page: pagination?.page, pageSize: pagination?.pageSize }).filter(([, value]) => value !== undefined && value !== null));

export const createPublishedSourceResolvers = (strapi: Core.Strapi) => {
  const sources = () => getService('published-sources', { strapi });
  return {
    publishedSources: async (_parent: unknown, args: PublishedSourcesArgs) => {
      const containsi = args.filters?.name?.containsi;
      const query = parseSourceListQuery({ ...pagingOf(args), ...(containsi === undefined || containsi === null ? {} : { q: containsi }) });
      const page = await sources().findPage(query);
      return { data: page.data, pagination: page.meta.pagination };
    },
    publishedSource: async (_parent: unknown, args: PublishedSourceArgs) => {
      const paging = parseSourceQuery(pagingOf(args));
      const documentId = parseSourceDocumentIdOrNull(args.documentId);
      const found = documentId ? await sources().findOneWithStories(documentId, paging) : null;
      if (!found) return null;
      const { stories, ...source } = found.source;
      return { ...source, stories: { data: stories, pagination: found.meta.pagination } };
    },
  };
};

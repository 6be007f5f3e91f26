import { errors } from '@strapi/utils';
import { z } from 'zod';

import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, parseOrThrow, positiveInt, shortText, statusParam } from './public-query';

const paging = {
  page: positiveInt('page').default(1),
  pageSize: positiveInt('pageSize').max(MAX_PAGE_SIZE, `pageSize must be at most ${MAX_PAGE_SIZE}`).default(DEFAULT_PAGE_SIZE),
  status: statusParam,
};

/** `GET /sources?q=chac&page=1&pageSize=10`: `q` finds sources whose name contains it, in any case. */
const sourceListQuery = z.object({ ...paging, q: shortText('q').optional() }).strict();

/** `GET /sources/:documentId?page=1&pageSize=10`: the page of that source's stories. */
const sourceQuery = z.object(paging).strict();

export type SourceListQuery = z.infer<typeof sourceListQuery>;
export type SourceQuery = z.infer<typeof sourceQuery>;

export const parseSourceListQuery = (query: unknown): SourceListQuery => parseOrThrow(sourceListQuery, query);

export const parseSourceQuery = (query: unknown): SourceQuery => parseOrThrow(sourceQuery, query);

const DOCUMENT_ID = /^[a-z0-9]{1,64}$/;

/** A well-formed documentId, or null: a malformed one cannot name any source. */
export const parseSourceDocumentIdOrNull = (documentId: unknown): string | null =>
  typeof documentId === 'string' && DOCUMENT_ID.test(documentId) ? documentId : null;

export const NO_SUCH_SOURCE = 'No source with that documentId appears in a published story.';

export const parseSourceDocumentId = (documentId: unknown): string => {
  const parsed = parseSourceDocumentIdOrNull(documentId);
  if (!parsed) throw new errors.NotFoundError(NO_SUCH_SOURCE);
  return parsed;
};

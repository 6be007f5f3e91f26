import { adminApi } from '@strapi/strapi/admin';

import { SOURCE_UID } from '../../../shared/constants';
import type { SourceSummary } from '../../../shared/contracts/story';
import type { ArticleImportDraft, ArticleImportPreviewResponse, ArticleImportResponse } from '../../../shared/contracts/article-import';
import type {
  PublishOverrideRequest,
  QuoteTextRequest,
  RecordQuoteRequest,
  RecordQuoteResponse,
  RecordQuoteResult,
  RecordStatisticRequest,
  RecordStatisticResponse,
  RecordStatisticResult,
  SignOff,
  SignOffRequest,
  SignOffResponse,
  StoryCheckListResponse,
  StoryCheckRecheckResponse,
  StoryCheckSummary,
  StoryFindingsResponse,
} from '../../../shared/contracts/attributions';

export interface StoryFindingsArgs {
  documentId: string;
  /** The edit view's saved version: a new version is a new request, not the cached one. */
  version: string;
}

/**
 * The newsroom admin routes as RTK Query endpoints on Strapi's own admin API, the way Strapi's
 * plugins do it (content-releases' `services/release.ts`): one store, one fetch client, the admin's
 * authentication and error shape.
 */
const newsroomApi = adminApi.injectEndpoints({
  endpoints: (build) => ({
    getStoryChecks: build.query<StoryCheckListResponse, Record<string, string>>({
      query: (params) => ({ url: '/newsroom/story-checks', method: 'GET', config: { params } }),
    }),
    getStoryFindings: build.query<StoryFindingsResponse['data'], StoryFindingsArgs>({
      query: ({ documentId }) => `/newsroom/stories/${encodeURIComponent(documentId)}/findings`,
      transformResponse: (response: StoryFindingsResponse) => response.data,
    }),
    signOff: build.mutation<SignOff, SignOffRequest>({
      query: (data) => ({ url: '/newsroom/sign-offs', method: 'PUT', data }),
      transformResponse: (response: SignOffResponse) => response.data,
    }),
    publishWithOverride: build.mutation<unknown, PublishOverrideRequest & { storyDocumentId: string }>({
      query: ({ storyDocumentId, reason }) => ({
        url: `/newsroom/stories/${encodeURIComponent(storyDocumentId)}/publish-with-override`,
        method: 'POST',
        data: { reason },
      }),
    }),
    /** Sources of this exact name, through the Content Manager (its read permission applies). */
    getSourcesNamed: build.query<SourceSummary[], string>({
      query: (name) => ({
        url: `/content-manager/collection-types/${SOURCE_UID}`,
        method: 'GET',
        config: { params: { filters: { name: { $eq: name } }, pageSize: 5 } },
      }),
      transformResponse: (response: { results?: SourceSummary[] }) => response.results ?? [],
    }),
    recordQuote: build.mutation<RecordQuoteResult, RecordQuoteRequest & { storyDocumentId: string }>({
      query: ({ storyDocumentId, ...data }) => ({
        url: `/newsroom/stories/${encodeURIComponent(storyDocumentId)}/quotes`,
        method: 'POST',
        data,
      }),
      transformResponse: (response: RecordQuoteResponse) => response.data,
    }),
    recordStatistic: build.mutation<RecordStatisticResult, RecordStatisticRequest & { storyDocumentId: string }>({
      query: ({ storyDocumentId, ...data }) => ({
        url: `/newsroom/stories/${encodeURIComponent(storyDocumentId)}/statistics`,
        method: 'POST',
        data,
      }),
      transformResponse: (response: RecordStatisticResponse) => response.data,
    }),
    setQuoteText: build.mutation<unknown, QuoteTextRequest & { quoteDocumentId: string }>({
      query: ({ quoteDocumentId, text }) => ({
        url: `/newsroom/quotes/${encodeURIComponent(quoteDocumentId)}/text`,
        method: 'PUT',
        data: { text },
      }),
    }),
    recheckStories: build.mutation<StoryCheckSummary[], { storyDocumentIds: string[] }>({
      query: (data) => ({ url: '/newsroom/story-checks/actions/recheck', method: 'POST', data }),
      transformResponse: (response: StoryCheckRecheckResponse) => response.data,
    }),
    /** Pasted text as JSON, a file as multipart (field `file`): the server reads .txt, .md and .docx. */
    previewArticleImport: build.mutation<ArticleImportPreviewResponse['data'], { text: string } | { file: File }>({
      query: (article) => {
        if ('text' in article) return { url: '/newsroom/article-imports/preview', method: 'POST', data: { text: article.text } };
        const form = new FormData();
        form.append('file', article.file, article.file.name);
        return { url: '/newsroom/article-imports/preview', method: 'POST', data: form };
      },
      transformResponse: (response: ArticleImportPreviewResponse) => response.data,
    }),
    createArticleImport: build.mutation<ArticleImportResponse['data'], { draft: ArticleImportDraft }>({
      query: (data) => ({ url: '/newsroom/article-imports', method: 'POST', data }),
      transformResponse: (response: ArticleImportResponse) => response.data,
    }),
  }),
  overrideExisting: true,
});

export const {
  useGetStoryChecksQuery,
  useGetStoryFindingsQuery,
  useSignOffMutation,
  usePublishWithOverrideMutation,
  usePreviewArticleImportMutation,
  useRecheckStoriesMutation,
  useRecordQuoteMutation,
  useRecordStatisticMutation,
  useGetSourcesNamedQuery,
  useSetQuoteTextMutation,
  useCreateArticleImportMutation,
} = newsroomApi;

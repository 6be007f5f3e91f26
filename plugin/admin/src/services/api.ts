import { adminApi } from '@strapi/strapi/admin';

import type {
  PublishOverrideRequest,
  SignOff,
  SignOffRequest,
  SignOffResponse,
  StoryCheckListResponse,
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
  }),
  overrideExisting: true,
});

export const { useGetStoryChecksQuery, useGetStoryFindingsQuery, useSignOffMutation, usePublishWithOverrideMutation } = newsroomApi;

import { useFetchClient } from '@strapi/strapi/admin';

export const usePublishOverride = () => {
  const { post } = useFetchClient();
  return async (storyDocumentId: string, reason: string) =>
    (await post(`/newsroom/stories/${encodeURIComponent(storyDocumentId)}/publish-with-override`, { reason })).data;
};

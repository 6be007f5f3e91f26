import { usePublishWithOverrideMutation } from '../services/api';

/** Publishes a story despite its errors, with the editor's reason; rejects with the server's error. */
export const usePublishOverride = () => {
  const [publishWithOverride] = usePublishWithOverrideMutation();
  return (storyDocumentId: string, reason: string) => publishWithOverride({ storyDocumentId, reason }).unwrap();
};

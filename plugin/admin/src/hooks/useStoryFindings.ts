import * as React from 'react';

import type { StoryFindingsResponse } from '../../../shared/contracts/attributions';
import { useGetStoryFindingsQuery } from '../services/api';
import { apiErrorMessage } from '../utils/api-error';

type Loaded = StoryFindingsResponse['data'];

export type StoryFindingsState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; data: Loaded; refreshing: boolean };

/**
 * The saved draft, its findings and its sign-offs. Loads again whenever `version` changes
 * (the edit view's document after a save) or `reload` is called; keeps the last data meanwhile.
 */
export const useStoryFindings = (documentId: string, version: string) => {
  const { data, error, isError, isFetching, refetch } = useGetStoryFindingsQuery(
    { documentId, version },
    { refetchOnMountOrArgChange: true }
  );

  const state: StoryFindingsState = isError
    ? { status: 'error', message: apiErrorMessage(error) }
    : data
      ? { status: 'ready', data, refreshing: isFetching }
      : { status: 'loading' };
  return { state, reload: React.useCallback(() => void refetch(), [refetch]) };
};

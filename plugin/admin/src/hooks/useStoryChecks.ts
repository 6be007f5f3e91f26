import * as React from 'react';

import type { StoryCheckListResponse } from '../../../shared/contracts/attributions';
import { useGetStoryChecksQuery } from '../services/api';
import { apiErrorMessage } from '../utils/api-error';

export type StoryChecksState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; response: StoryCheckListResponse };

/** One page of per-story counts, as the server sorts, filters and paginates them. */
export const useStoryChecks = (params: Record<string, string | undefined>) => {
  const query = Object.fromEntries(
    Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '')
  );
  // Always asks the server again on a visit: the counts change with every edit elsewhere.
  const { data, error, isError, refetch } = useGetStoryChecksQuery(query, { refetchOnMountOrArgChange: true });

  const state: StoryChecksState = isError
    ? { status: 'error', message: apiErrorMessage(error) }
    : data
      ? { status: 'ready', response: data }
      : { status: 'loading' };
  // Resolves once the new page is in: a caller can announce a change after the list shows it.
  const reload = React.useCallback(async () => {
    await refetch();
  }, [refetch]);
  return { state, reload };
};

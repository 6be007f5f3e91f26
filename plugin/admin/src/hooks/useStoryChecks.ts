import * as React from 'react';

import { useFetchClient } from '@strapi/strapi/admin';

import type { StoryCheckListResponse } from '../../../shared/contracts/attributions';
import { apiErrorMessage } from '../utils/api-error';

export type StoryChecksState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; response: StoryCheckListResponse };

/** One page of per-story counts, as the server sorts, filters and paginates them. */
export const useStoryChecks = (params: Record<string, string | undefined>) => {
  const { get } = useFetchClient();
  const [state, setState] = React.useState<StoryChecksState>({ status: 'loading' });
  const [reloads, setReloads] = React.useState(0);
  const key = JSON.stringify(params);

  React.useEffect(() => {
    let current = true;
    const query = Object.fromEntries(Object.entries(params).filter(([, value]) => value !== undefined && value !== ''));
    get<StoryCheckListResponse>('/newsroom/story-checks', { params: query }).then(
      ({ data }) => current && setState({ status: 'ready', response: data }),
      (error: unknown) => current && setState({ status: 'error', message: apiErrorMessage(error) })
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, reloads]);

  return { state, reload: React.useCallback(() => setReloads((n) => n + 1), []) };
};

import * as React from 'react';

import { useFetchClient } from '@strapi/strapi/admin';

import type { StoryFindingsResponse } from '../../../shared/contracts/attributions';
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
  const { get } = useFetchClient();
  const [state, setState] = React.useState<StoryFindingsState>({ status: 'loading' });
  const [reloads, setReloads] = React.useState(0);

  React.useEffect(() => {
    let current = true;
    setState((previous) => (previous.status === 'ready' ? { ...previous, refreshing: true } : { status: 'loading' }));
    get<StoryFindingsResponse>(`/newsroom/stories/${encodeURIComponent(documentId)}/findings`).then(
      ({ data }) => current && setState({ status: 'ready', data: data.data, refreshing: false }),
      (error: unknown) => current && setState({ status: 'error', message: apiErrorMessage(error) })
    );
    return () => {
      current = false;
    };
    // `get` is a new function on every render of some admin versions: not a dependency.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [documentId, version, reloads]);

  const reload = React.useCallback(() => setReloads((n) => n + 1), []);
  return { state, reload };
};

import { Box, Button, EmptyStateLayout, Flex, Loader, Typography } from '@strapi/design-system';
import { Layouts, Page, Pagination, useQueryParams } from '@strapi/strapi/admin';

import { STORY_CHECK_SORT_FIELDS, type StoryCheckSortField } from '../../../shared/contracts/attributions';
import { StoryChecksFilters } from '../components/page/StoryChecksFilters';
import { StoryChecksTable, type SortState } from '../components/page/StoryChecksTable';
import { useStoryChecks } from '../hooks/useStoryChecks';
import { PERMISSIONS } from '../permissions';
import { useTranslate } from '../utils/translations';

interface PageQuery {
  page?: string;
  pageSize?: string;
  sort?: string;
  publication?: string;
  problems?: string;
  search?: string;
}

const DEFAULT_SORT: SortState = { field: 'errorCount', order: 'desc' };

const parseSort = (value: string | undefined): SortState => {
  const [field, order] = (value ?? '').split(':');
  return STORY_CHECK_SORT_FIELDS.includes(field as StoryCheckSortField) && (order === 'asc' || order === 'desc')
    ? { field: field as StoryCheckSortField, order }
    : DEFAULT_SORT;
};

const AttributionsList = () => {
  const t = useTranslate();
  const [{ query }, setQuery] = useQueryParams<PageQuery>();
  const sort = parseSort(query.sort);
  const { state, reload } = useStoryChecks({
    page: query.page ?? '1',
    pageSize: query.pageSize ?? '20',
    sort: `${sort.field}:${sort.order}`,
    publication: query.publication,
    problems: query.problems,
    search: query.search,
  });

  // One navigation: a second setQuery would start from the same (old) query and bring a removed
  // filter back. Keys set to undefined are left out of the URL.
  const changeFilters = (changes: Partial<PageQuery>) => setQuery({ ...changes, page: '1' });

  const total = state.status === 'ready' ? state.response.meta.pagination.total : 0;
  return (
    <Page.Main>
      <Page.Title>{t('newsroom.page.title')}</Page.Title>
      <Layouts.Header
        title={t('newsroom.page.title')}
        subtitle={state.status === 'ready' ? t('newsroom.page.subtitle', { total }) : undefined}
      />
      <Layouts.Action
        startActions={
          <StoryChecksFilters
            publication={query.publication}
            problems={query.problems}
            search={query.search}
            onChange={changeFilters}
          />
        }
      />
      <Layouts.Content>
        {state.status === 'loading' && (
          <Flex justifyContent="center" padding={8}>
            <Loader>{t('newsroom.panel.loading')}</Loader>
          </Flex>
        )}
        {state.status === 'error' && (
          <Flex direction="column" gap={2} padding={8} role="alert">
            <Typography textColor="danger600">{t('newsroom.page.error')}</Typography>
            <Typography variant="pi">{state.message}</Typography>
            <Button variant="secondary" onClick={reload}>
              {t('newsroom.panel.retry')}
            </Button>
          </Flex>
        )}
        {state.status === 'ready' && state.response.data.length === 0 && (
          <EmptyStateLayout content={t('newsroom.page.empty')} />
        )}
        {state.status === 'ready' && state.response.data.length > 0 && (
          <Flex direction="column" alignItems="stretch" gap={4}>
            <StoryChecksTable
              rows={state.response.data}
              sort={sort}
              onSort={(next) => setQuery({ sort: `${next.field}:${next.order}`, page: '1' })}
            />
            <Box>
              <Pagination.Root {...state.response.meta.pagination} defaultPageSize={20}>
                <Pagination.PageSize options={['10', '20', '50', '100']} />
                <Pagination.Links />
              </Pagination.Root>
            </Box>
          </Flex>
        )}
      </Layouts.Content>
    </Page.Main>
  );
};

export const AttributionsPage = () => (
  <Page.Protect permissions={PERMISSIONS.readAttributionsPage}>
    <AttributionsList />
  </Page.Protect>
);

export default AttributionsPage;

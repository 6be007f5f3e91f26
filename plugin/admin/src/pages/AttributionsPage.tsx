import * as React from 'react';

import { Box, Button, EmptyStateLayout, Flex, LinkButton, Loader, Typography } from '@strapi/design-system';
import { Upload } from '@strapi/icons';
import { Layouts, Page, Pagination, useQueryParams, useRBAC } from '@strapi/strapi/admin';
import { NavLink } from 'react-router-dom';

import { STORY_CHECK_SORT_FIELDS, type StoryCheckSortField } from '../../../shared/contracts/attributions';
import { StoryChecksBulkActions } from '../components/page/StoryChecksBulkActions';
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

const NOTHING_SELECTED: ReadonlySet<string> = new Set();

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
  const filters = { sort: `${sort.field}:${sort.order}`, publication: query.publication, problems: query.problems, search: query.search };
  const { state, reload } = useStoryChecks({ page: query.page ?? '1', pageSize: query.pageSize ?? '20', ...filters });
  // Selected stories stay selected across pages and sorts; a new filter starts a new selection.
  const filterKey = `${query.publication}|${query.problems}|${query.search}`;
  const [selection, setSelection] = React.useState({ filterKey, ids: new Set<string>() });
  const selected = selection.filterKey === filterKey ? selection.ids : NOTHING_SELECTED;
  const setSelected = (ids: Set<string>) => setSelection({ filterKey, ids });

  // One navigation: a second setQuery would start from the same (old) query and bring a removed
  // filter back. Keys set to undefined are left out of the URL.
  const changeFilters = (changes: Partial<PageQuery>) => setQuery({ ...changes, page: '1' });

  // useRBAC names each answer after the action's last segment: plugin::newsroom.import -> canImport.
  const { allowedActions } = useRBAC(PERMISSIONS.importArticle);

  const total = state.status === 'ready' ? state.response.meta.pagination.total : 0;
  return (
    <Page.Main>
      <Page.Title>{t('newsroom.page.title')}</Page.Title>
      <Layouts.Header
        title={t('newsroom.page.title')}
        subtitle={state.status === 'ready' ? t('newsroom.page.subtitle', { total }) : undefined}
        primaryAction={
          allowedActions.canImport ? (
            <LinkButton tag={NavLink} to="import" startIcon={<Upload />}>
              {t('newsroom.import.open')}
            </LinkButton>
          ) : undefined
        }
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
        endActions={<StoryChecksBulkActions selected={selected} filters={filters} onRechecked={reload} />}
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
              selected={selected}
              onSelect={setSelected}
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

import { Checkbox, Flex, Link, ProgressBar, Status, Table, Tbody, Td, TextButton, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { CaretDown, CaretUp } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';

import type { StoryCheckSortField, StoryCheckSummary, StoryPublication } from '../../../../shared/contracts/attributions';
import { storyEditPath } from '../../utils/record-link';
import { useTranslate } from '../../utils/translations';

export interface SortState {
  field: StoryCheckSortField;
  order: 'asc' | 'desc';
}

const COLUMNS: StoryCheckSortField[] = ['headline', 'publication', 'errorCount', 'warningCount', 'signOffPercent', 'storyUpdatedAt'];

const STATUS_VARIANT: Record<StoryPublication, 'secondary' | 'success' | 'alternative'> = {
  draft: 'secondary',
  published: 'success',
  modified: 'alternative',
};

const SortableHeader = ({ field, sort, onSort }: { field: StoryCheckSortField; sort: SortState; onSort(sort: SortState): void }) => {
  const t = useTranslate();
  const active = sort.field === field;
  const label = t(`newsroom.page.column.${field}`);
  const next: SortState = { field, order: active && sort.order === 'asc' ? 'desc' : 'asc' };
  return (
    <Th aria-sort={active ? (sort.order === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <TextButton
        onClick={() => onSort(next)}
        endIcon={active ? sort.order === 'asc' ? <CaretUp aria-hidden /> : <CaretDown aria-hidden /> : undefined}
        aria-label={t('newsroom.page.sortBy', { column: label })}
      >
        <Typography variant="sigma" textColor={active ? 'primary600' : 'neutral600'}>
          {label}
        </Typography>
      </TextButton>
    </Th>
  );
};

const CountCell = ({ count, tone }: { count: number; tone: 'danger600' | 'warning600' }) => (
  <Typography fontWeight={count > 0 ? 'bold' : 'regular'} textColor={count > 0 ? tone : 'neutral600'}>
    {count}
  </Typography>
);

export const StoryChecksTable = ({
  rows,
  sort,
  onSort,
  selected,
  onSelect,
}: {
  rows: StoryCheckSummary[];
  sort: SortState;
  onSort(sort: SortState): void;
  /** documentIds of the selected stories (for bulk actions). */
  selected: ReadonlySet<string>;
  onSelect(selected: Set<string>): void;
}) => {
  const t = useTranslate();
  const { formatDate } = useIntl();
  const onPage = rows.map((row) => row.storyDocumentId);
  const selectedOnPage = onPage.filter((id) => selected.has(id)).length;
  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    onSelect(next);
  };
  const toggleAll = (on: boolean) => onSelect(on ? new Set([...selected, ...onPage]) : new Set([...selected].filter((id) => !onPage.includes(id))));
  return (
    <Table colCount={COLUMNS.length + 1} rowCount={rows.length + 1}>
      <Thead>
        <Tr>
          <Th>
            <Checkbox
              aria-label={t('newsroom.page.selectAll')}
              checked={selectedOnPage === 0 ? false : selectedOnPage === onPage.length ? true : 'indeterminate'}
              onCheckedChange={(checked: boolean | 'indeterminate') => toggleAll(checked === true)}
            />
          </Th>
          {COLUMNS.map((field) => (
            <SortableHeader key={field} field={field} sort={sort} onSort={onSort} />
          ))}
        </Tr>
      </Thead>
      <Tbody>
        {rows.map((row) => (
          <Tr key={row.storyDocumentId} data-testid="story-check-row" data-document-id={row.storyDocumentId}>
            <Td>
              <Checkbox
                aria-label={t('newsroom.page.select', { headline: row.headline || t('newsroom.page.untitled') })}
                checked={selected.has(row.storyDocumentId)}
                onCheckedChange={(checked: boolean | 'indeterminate') => toggle(row.storyDocumentId, checked === true)}
              />
            </Td>
            <Td style={{ whiteSpace: 'normal' }}>
              <Link tag={NavLink} to={storyEditPath(row.storyDocumentId)}>
                {row.headline || t('newsroom.page.untitled')}
              </Link>
            </Td>
            <Td>
              <Status variant={STATUS_VARIANT[row.publication]} size="S">
                <Typography variant="omega" fontWeight="bold">
                  {t(`newsroom.page.publication.${row.publication}`)}
                </Typography>
              </Status>
            </Td>
            <Td data-testid="error-count">
              <CountCell count={row.errorCount} tone="danger600" />
            </Td>
            <Td data-testid="warning-count">
              <CountCell count={row.warningCount} tone="warning600" />
            </Td>
            <Td>
              <Flex direction="column" alignItems="flex-start" gap={1}>
                <Typography variant="pi" data-testid="sign-off-cell">
                  {t('newsroom.page.signOffCell', {
                    done: row.verifiedCount + row.disputedCount,
                    total: row.checkableCount,
                  })}
                </Typography>
                <ProgressBar value={row.signOffPercent} size="S" aria-label={`${row.signOffPercent}%`} />
              </Flex>
            </Td>
            <Td>
              <Typography variant="pi" textColor="neutral700">
                {row.storyUpdatedAt ? formatDate(row.storyUpdatedAt, { dateStyle: 'medium', timeStyle: 'short' }) : '—'}
              </Typography>
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};

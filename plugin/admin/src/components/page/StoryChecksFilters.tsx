import * as React from 'react';

import { Flex, Searchbar, SingleSelect, SingleSelectOption } from '@strapi/design-system';

import { STORY_CHECK_PROBLEM_FILTERS } from '../../../../shared/contracts/attributions';
import { useTranslate } from '../../utils/translations';

const ALL = 'all';
const PUBLICATIONS = ['draft', 'published', 'modified'] as const;

interface StoryChecksFiltersProps {
  publication?: string;
  problems?: string;
  search?: string;
  onChange(changes: { publication?: string; problems?: string; search?: string }): void;
}

export const StoryChecksFilters = ({ publication, problems, search, onChange }: StoryChecksFiltersProps) => {
  const t = useTranslate();
  const [typed, setTyped] = React.useState(search ?? '');
  // The search goes to the page's query once typing pauses; typing is what sends it, so a search
  // changed from outside (back button) is never sent back.
  const pending = React.useRef<ReturnType<typeof setTimeout>>(undefined);
  React.useEffect(() => () => clearTimeout(pending.current), []);
  const type = (value: string) => {
    setTyped(value);
    clearTimeout(pending.current);
    pending.current = setTimeout(() => {
      if ((value || undefined) !== (search || undefined)) onChange({ search: value || undefined });
    }, 300);
  };

  return (
    <Flex gap={2} wrap="wrap" alignItems="flex-end">
      <Searchbar
        name="search"
        value={typed}
        onChange={(e: React.ChangeEvent<HTMLInputElement>) => type(e.target.value)}
        onClear={() => type('')}
        clearLabel={t('newsroom.page.search')}
        placeholder={t('newsroom.page.search')}
        aria-label={t('newsroom.page.search')}
      >
        {t('newsroom.page.search')}
      </Searchbar>
      <SingleSelect
        aria-label={t('newsroom.page.filter.publication')}
        placeholder={t('newsroom.page.filter.publication')}
        value={publication ?? ALL}
        onChange={(value: string | number) => onChange({ publication: value === ALL ? undefined : String(value) })}
        size="S"
      >
        <SingleSelectOption value={ALL}>
          {t('newsroom.page.filter.publication')}: {t('newsroom.page.filter.all')}
        </SingleSelectOption>
        {PUBLICATIONS.map((value) => (
          <SingleSelectOption key={value} value={value}>
            {t(`newsroom.page.publication.${value}`)}
          </SingleSelectOption>
        ))}
      </SingleSelect>
      <SingleSelect
        aria-label={t('newsroom.page.filter.problems')}
        placeholder={t('newsroom.page.filter.problems')}
        value={problems ?? ALL}
        onChange={(value: string | number) => onChange({ problems: value === ALL ? undefined : String(value) })}
        size="S"
      >
        <SingleSelectOption value={ALL}>
          {t('newsroom.page.filter.problems')}: {t('newsroom.page.filter.all')}
        </SingleSelectOption>
        {STORY_CHECK_PROBLEM_FILTERS.map((value) => (
          <SingleSelectOption key={value} value={value}>
            {t(`newsroom.page.problems.${value}`)}
          </SingleSelectOption>
        ))}
      </SingleSelect>
    </Flex>
  );
};

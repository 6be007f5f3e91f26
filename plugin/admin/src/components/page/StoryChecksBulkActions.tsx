import { Button, Flex, Typography } from '@strapi/design-system';
import { ArrowClockwise, Download } from '@strapi/icons';
import { useNotification } from '@strapi/strapi/admin';

import { useFindingsExport } from '../../hooks/useFindingsExport';
import { useRecheckStoriesMutation } from '../../services/api';
import { apiErrorMessage } from '../../utils/api-error';
import { useTranslate } from '../../utils/translations';

interface StoryChecksBulkActionsProps {
  selected: ReadonlySet<string>;
  /** The list's filters and sort: the export covers every story they match, not only this page. */
  filters: Record<string, string | undefined>;
  /** Reloads the list; the success message waits for it, so the counts it announces are on screen. */
  onRechecked(): Promise<void>;
}

/** Re-check the selected stories; export the findings of every story the filters match as CSV. */
export const StoryChecksBulkActions = ({ selected, filters, onRechecked }: StoryChecksBulkActionsProps) => {
  const t = useTranslate();
  const { toggleNotification } = useNotification();
  const [recheck, recheckState] = useRecheckStoriesMutation();
  const { exporting, exportCsv } = useFindingsExport(filters);

  const recheckSelected = async () => {
    const result = await recheck({ storyDocumentIds: [...selected] });
    if ('error' in result) {
      toggleNotification({ type: 'danger', message: t('newsroom.page.recheckFailed', { message: apiErrorMessage(result.error) }) });
      return;
    }
    await onRechecked();
    toggleNotification({ type: 'success', message: t('newsroom.page.rechecked', { count: result.data.length }) });
  };

  return (
    <Flex gap={2} alignItems="center">
      {selected.size > 0 && (
        <Typography variant="omega" textColor="neutral600" data-testid="selected-count">
          {t('newsroom.page.selected', { count: selected.size })}
        </Typography>
      )}
      <Button variant="secondary" startIcon={<ArrowClockwise />} disabled={selected.size === 0} loading={recheckState.isLoading} onClick={recheckSelected}>
        {t('newsroom.page.recheck')}
      </Button>
      <Button variant="tertiary" startIcon={<Download />} loading={exporting} onClick={exportCsv}>
        {t('newsroom.page.export')}
      </Button>
    </Flex>
  );
};

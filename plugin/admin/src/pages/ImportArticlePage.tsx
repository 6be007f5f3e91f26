import * as React from 'react';

import { Box, Button, Flex } from '@strapi/design-system';
import { Layouts, Page, useNotification } from '@strapi/strapi/admin';
import { useNavigate } from 'react-router-dom';

import type { ArticleImportDraft, ArticleImportPreviewResponse } from '../../../shared/contracts/article-import';
import { ArticleInputForm, type ArticleInput } from '../components/import/ArticleInputForm';
import { ImportError } from '../components/import/ImportError';
import { ImportReview } from '../components/import/ImportReview';
import { PERMISSIONS } from '../permissions';
import { PLUGIN_ID } from '../pluginId';
import { useCreateArticleImportMutation, usePreviewArticleImportMutation } from '../services/api';
import { apiErrorMessage } from '../utils/api-error';
import { draftProblems } from '../utils/import-draft';
import { storyEditPath } from '../utils/record-link';
import { useTranslate } from '../utils/translations';

type Preview = ArticleImportPreviewResponse['data'];

/**
 * Import an article as a draft story: paste or upload it, review what the engine found and
 * correct it, then create the story and its records in one step (nothing is written before).
 */
const ImportArticle = () => {
  const t = useTranslate();
  const navigate = useNavigate();
  const { toggleNotification } = useNotification();
  const [previewArticle, previewState] = usePreviewArticleImportMutation();
  const [createImport, createState] = useCreateArticleImportMutation();
  const [preview, setPreview] = React.useState<Preview | null>(null);
  const [draft, setDraft] = React.useState<ArticleImportDraft | null>(null);
  const [error, setError] = React.useState<string | null>(null);

  const backToAttributions = () => navigate(`/plugins/${PLUGIN_ID}`);

  const read = async (input: ArticleInput) => {
    setError(null);
    const result = await previewArticle(input);
    if ('error' in result) {
      setError(apiErrorMessage(result.error));
      return;
    }
    setPreview(result.data);
    setDraft(result.data.draft);
  };

  const create = async () => {
    if (!draft) return;
    setError(null);
    const result = await createImport({ draft });
    if ('error' in result) {
      setError(apiErrorMessage(result.error));
      return;
    }
    toggleNotification({ type: 'success', message: t('newsroom.import.created', { quotes: result.data.quotes, figures: result.data.statistics }) });
    navigate(storyEditPath(result.data.documentId));
  };

  const startOver = () => {
    setPreview(null);
    setDraft(null);
    setError(null);
  };

  return (
    <Page.Main>
      <Page.Title>{t('newsroom.import.title')}</Page.Title>
      <Layouts.Header
        title={t('newsroom.import.title')}
        subtitle={preview ? t('newsroom.import.reviewSubtitle') : t('newsroom.import.subtitle')}
        primaryAction={
          preview && draft ? (
            <Button onClick={create} loading={createState.isLoading} disabled={draftProblems(draft).length > 0}>
              {t('newsroom.import.create')}
            </Button>
          ) : undefined
        }
      />
      <Layouts.Content>
        {!preview || !draft ? (
          <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius>
            <ArticleInputForm reading={previewState.isLoading} error={error} onRead={read} onCancel={backToAttributions} />
          </Box>
        ) : (
          <Flex direction="column" alignItems="stretch" gap={4}>
            {error && <ImportError message={error} />}
            <ImportReview preview={preview} draft={draft} onChange={setDraft} />
            <Flex gap={2}>
              <Button onClick={create} loading={createState.isLoading} disabled={draftProblems(draft).length > 0}>
                {t('newsroom.import.create')}
              </Button>
              <Button variant="secondary" onClick={startOver}>
                {t('newsroom.import.startOver')}
              </Button>
              <Button variant="tertiary" onClick={backToAttributions}>
                {t('newsroom.import.cancel')}
              </Button>
            </Flex>
          </Flex>
        )}
      </Layouts.Content>
    </Page.Main>
  );
};

export const ImportArticlePage = () => (
  <Page.Protect permissions={PERMISSIONS.importArticle}>
    <ImportArticle />
  </Page.Protect>
);

import * as React from 'react';

import { Badge, Box, Field, Flex, Table, Tbody, Td, TextInput, Th, Thead, Tr, Typography } from '@strapi/design-system';

import type { ArticleImportDraft, ArticleImportPreviewResponse } from '../../../../shared/contracts/article-import';
import { addSource, renameSource, setFigureSource, setHeadline, setQuoteSpeaker, sourcesInUse } from '../../utils/import-draft';
import { useTranslate } from '../../utils/translations';
import { SourceChoice } from './SourceChoice';

type Preview = ArticleImportPreviewResponse['data'];

interface ImportReviewProps {
  preview: Preview;
  draft: ArticleImportDraft;
  onChange(draft: ArticleImportDraft): void;
}

const Section = ({ title, children }: { title: string; children: React.ReactNode }) => (
  <Box tag="section" aria-label={title} background="neutral0" padding={6} shadow="tableShadow" hasRadius>
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Typography variant="delta" tag="h2">
        {title}
      </Typography>
      {children}
    </Flex>
  </Box>
);

const percent = (confidence: number) => `${Math.round(confidence * 100)}%`;

/** The second step: what the engine found, with the speakers, sources and headline to correct. */
export const ImportReview = ({ preview, draft, onChange }: ImportReviewProps) => {
  const t = useTranslate();
  /** A new source, chosen for one quote or figure: one change, so neither half is lost. */
  const addAndChoose = (name: string, choose: (withSource: ArticleImportDraft, key: string) => ArticleImportDraft) => {
    const added = addSource(draft, name);
    onChange(choose(added.draft, added.key));
  };
  // Sources the editor can pick from: all the engine found, and any the editor added.
  const sources = draft.sources;
  const existing = (key: string) => {
    const match = preview.existingSources[key];
    const source = draft.sources.find((candidate) => candidate.key === key);
    return match && source && match.name === source.name ? match : null;
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Section title={t('newsroom.import.story')}>
        <Field.Root name="headline" required error={draft.headline.trim() ? undefined : t('newsroom.import.headlineRequired')}>
          <Field.Label>{t('newsroom.import.headline')}</Field.Label>
          <TextInput value={draft.headline} onChange={(e: React.ChangeEvent<HTMLInputElement>) => onChange(setHeadline(draft, e.target.value))} />
          <Field.Error />
        </Field.Root>
        <Typography variant="pi" textColor="neutral600">
          {t('newsroom.import.bodySummary', { paragraphs: draft.body.length, origin: preview.origin })}
        </Typography>
        {preview.storyWithSameSlug && draft.headline === preview.draft.headline && (
          <Typography role="alert" textColor="danger600">
            {t('newsroom.import.sameSlug', { headline: preview.storyWithSameSlug.headline })}
          </Typography>
        )}
      </Section>

      <Section title={t('newsroom.import.quotes', { count: draft.quotes.length })}>
        {draft.quotes.length === 0 ? (
          <Typography textColor="neutral600">{t('newsroom.import.noQuotes')}</Typography>
        ) : (
          <Table colCount={3} rowCount={draft.quotes.length + 1}>
            <Thead>
              <Tr>
                <Th><Typography variant="sigma">{t('newsroom.import.column.quote')}</Typography></Th>
                <Th><Typography variant="sigma">{t('newsroom.import.column.speaker')}</Typography></Th>
                <Th><Typography variant="sigma">{t('newsroom.import.column.confidence')}</Typography></Th>
              </Tr>
            </Thead>
            <Tbody>
              {draft.quotes.map((quote, index) => {
                const reading = preview.speakerReadings[index];
                const engineSpeaker = preview.draft.quotes[index]?.speaker ?? null;
                return (
                  <Tr key={index} data-testid="import-quote">
                    <Td style={{ whiteSpace: 'normal', maxWidth: '32rem' }}>
                      <Typography>“{quote.text}”</Typography>
                    </Td>
                    <Td style={{ minWidth: '16rem' }}>
                      <SourceChoice
                        label={t('newsroom.import.speakerOf', { number: index + 1 })}
                        sources={sources}
                        value={quote.speaker}
                        onChange={(key) => onChange(setQuoteSpeaker(draft, index, key))}
                        onAddAndChoose={(name) => addAndChoose(name, (withSource, key) => setQuoteSpeaker(withSource, index, key))}
                      />
                    </Td>
                    <Td>
                      {engineSpeaker && reading ? (
                        <Typography variant="pi">
                          {t('newsroom.import.reading', { confidence: percent(reading.confidence), how: t(`newsroom.import.attribution.${reading.attribution ?? 'inferred'}`) })}
                        </Typography>
                      ) : (
                        <Typography variant="pi" textColor="warning600">{t('newsroom.import.noSpeakerRead')}</Typography>
                      )}
                      {quote.speaker !== engineSpeaker && (
                        <Typography variant="pi" tag="p" textColor="primary600">{t('newsroom.import.corrected')}</Typography>
                      )}
                    </Td>
                  </Tr>
                );
              })}
            </Tbody>
          </Table>
        )}
      </Section>

      <Section title={t('newsroom.import.figures', { count: draft.statistics.length })}>
        {draft.statistics.length === 0 ? (
          <Typography textColor="neutral600">{t('newsroom.import.noFigures')}</Typography>
        ) : (
          <Table colCount={2} rowCount={draft.statistics.length + 1}>
            <Thead>
              <Tr>
                <Th><Typography variant="sigma">{t('newsroom.import.column.figure')}</Typography></Th>
                <Th><Typography variant="sigma">{t('newsroom.import.column.source')}</Typography></Th>
              </Tr>
            </Thead>
            <Tbody>
              {draft.statistics.map((statistic, index) => (
                <Tr key={statistic.key} data-testid="import-figure">
                  <Td style={{ whiteSpace: 'normal', maxWidth: '32rem' }}>
                    <Typography fontWeight="bold">{statistic.valueText}</Typography> <Typography>{statistic.measures}</Typography>
                  </Td>
                  <Td style={{ minWidth: '16rem' }}>
                    <SourceChoice
                      label={t('newsroom.import.sourceOf', { figure: statistic.valueText })}
                      sources={sources}
                      value={statistic.source}
                      onChange={(key) => onChange(setFigureSource(draft, index, key))}
                      onAddAndChoose={(name) => addAndChoose(name, (withSource, key) => setFigureSource(withSource, index, key))}
                    />
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        )}
      </Section>

      <Section title={t('newsroom.import.captions', { count: draft.photoCaptions.length })}>
        {draft.photoCaptions.length === 0 ? (
          <Typography textColor="neutral600">{t('newsroom.import.noCaptions')}</Typography>
        ) : (
          draft.photoCaptions.map((caption, index) => (
            <Flex key={index} direction="column" alignItems="stretch" gap={1} data-testid="import-caption">
              <Typography>{caption.caption}</Typography>
              {caption.creditLine ? (
                <Typography variant="pi" textColor="neutral600">{t('newsroom.import.credit', { credit: caption.creditLine })}</Typography>
              ) : (
                <Typography variant="pi" textColor="danger600">{t('newsroom.import.noCredit')}</Typography>
              )}
            </Flex>
          ))
        )}
      </Section>

      <Section title={t('newsroom.import.sources')}>
        {sourcesInUse(draft).length === 0 ? (
          <Typography textColor="neutral600">{t('newsroom.import.noSources')}</Typography>
        ) : (
          sourcesInUse(draft).map((source) => {
            const match = existing(source.key);
            const affiliation = draft.sources.find((candidate) => candidate.key === source.affiliation)?.name;
            const description = [source.title, affiliation].filter(Boolean).join(', ');
            return (
              <Flex key={source.key} gap={3} alignItems="flex-end" data-testid="import-source">
                <Field.Root name={`source-${source.key}`} error={source.name.trim() ? undefined : t('newsroom.import.nameRequired')}>
                  <Field.Label>{t('newsroom.import.sourceName')}</Field.Label>
                  <TextInput value={source.name} onChange={(e: React.ChangeEvent<HTMLInputElement>) => onChange(renameSource(draft, source.key, e.target.value))} />
                  <Field.Error />
                </Field.Root>
                {description && (
                  <Box paddingBottom={3}>
                    <Typography variant="pi" textColor="neutral600">
                      {description}
                    </Typography>
                  </Box>
                )}
                <Box paddingBottom={2}>
                  {match ? (
                    <Badge active>{t('newsroom.import.existingSource')}</Badge>
                  ) : (
                    <Badge>{t('newsroom.import.createdSource')}</Badge>
                  )}
                </Box>
              </Flex>
            );
          })
        )}
      </Section>
    </Flex>
  );
};

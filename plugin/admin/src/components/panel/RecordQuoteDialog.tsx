import * as React from 'react';

import { Button, Field, Flex, Modal, SingleSelect, SingleSelectOption, TextInput, Typography } from '@strapi/design-system';

import type { RecordQuoteRequest } from '../../../../shared/contracts/attributions';
import type { SourceSummary } from '../../../../shared/contracts/story';
import { useNotifiedSubmit } from '../../hooks/useNotifiedSubmit';
import { useGetSourcesNamedQuery, useRecordQuoteMutation } from '../../services/api';
import { sourceNamed } from '../../utils/speaker-options';
import { useTranslate } from '../../utils/translations';

const NEW = 'new';
const NONE = 'none';

interface RecordQuoteDialogProps {
  storyDocumentId: string;
  /** The quotation's words, as the engine read them in the body. */
  text: string;
  /** Who the engine believes said it, or null. */
  engineSpeaker: string | null;
  sources: SourceSummary[];
  onRecorded(): void;
}

/** "Record this quote": a Quote record for a quotation of the body, its speaker chosen before anything is written. */
export const RecordQuoteDialog = (props: RecordQuoteDialogProps) => {
  const t = useTranslate();
  const [open, setOpen] = React.useState(false);
  return (
    <Modal.Root open={open} onOpenChange={setOpen}>
      <Modal.Trigger>
        <Button variant="secondary" fullWidth>
          {t('newsroom.fix.quote')}
        </Button>
      </Modal.Trigger>
      <Modal.Content>{open && <RecordQuoteForm {...props} onClose={() => setOpen(false)} />}</Modal.Content>
    </Modal.Root>
  );
};

/** Asks the newsroom for a source named as the engine read the speaker, then shows the form. */
const RecordQuoteForm = (props: RecordQuoteDialogProps & { onClose(): void }) => {
  const { data, isLoading } = useGetSourcesNamedQuery(props.engineSpeaker ?? '', { skip: !props.engineSpeaker });
  if (isLoading) return null;
  const newsroomMatch = data?.[0];
  const sources = newsroomMatch && !props.sources.some((source) => source.documentId === newsroomMatch.documentId) ? [newsroomMatch, ...props.sources] : props.sources;
  return <RecordQuoteFields {...props} sources={sources} />;
};

const RecordQuoteFields = ({ storyDocumentId, text, engineSpeaker, sources, onRecorded, onClose }: RecordQuoteDialogProps & { onClose(): void }) => {
  const t = useTranslate();
  const [recordQuote] = useRecordQuoteMutation();
  const { pending, submit } = useNotifiedSubmit({
    success: t('newsroom.fix.quoteSaved'),
    failure: (message) => t('newsroom.fix.failed', { message }),
  });
  const known = sourceNamed(sources, engineSpeaker);
  const [choice, setChoice] = React.useState<string>(known ? known.documentId : engineSpeaker ? NEW : NONE);
  const [newName, setNewName] = React.useState(known ? '' : (engineSpeaker ?? ''));

  const speaker: RecordQuoteRequest['speaker'] | undefined =
    choice === NONE ? null : choice === NEW ? (newName.trim() ? { name: newName.trim(), kind: 'person' } : undefined) : { documentId: choice };

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    if (speaker === undefined) return;
    const saved = await submit(() => recordQuote({ storyDocumentId, text, speaker, delivery: 'spoken', isPartial: false }).unwrap());
    if (!saved) return;
    onClose();
    onRecorded();
  };

  return (
    <form onSubmit={save}>
      <Modal.Header>
        <Modal.Title>{t('newsroom.fix.quoteTitle')}</Modal.Title>
      </Modal.Header>
      <Modal.Body>
        <Flex direction="column" alignItems="stretch" gap={5}>
          <Typography tag="blockquote" variant="omega" textColor="neutral800">
            “{text}”
          </Typography>
          <Typography variant="pi" textColor="neutral600">
            {engineSpeaker ? t('newsroom.fix.engineSpeaker', { name: engineSpeaker }) : t('newsroom.fix.noEngineSpeaker')}
          </Typography>
          <Field.Root name="speaker">
            <Field.Label>{t('newsroom.fix.speaker')}</Field.Label>
            <SingleSelect value={choice} onChange={(value: string | number) => setChoice(String(value))}>
              {sources.map((source) => (
                <SingleSelectOption key={source.documentId} value={source.documentId}>
                  {source.title ? `${source.name}, ${source.title}` : source.name}
                </SingleSelectOption>
              ))}
              <SingleSelectOption value={NEW}>{t('newsroom.import.newSource')}</SingleSelectOption>
              <SingleSelectOption value={NONE}>{t('newsroom.fix.noSpeaker')}</SingleSelectOption>
            </SingleSelect>
          </Field.Root>
          {choice === NEW && (
            <Field.Root name="new-speaker" hint={t('newsroom.fix.newSourceHint')} required>
              <Field.Label>{t('newsroom.import.newSourceName')}</Field.Label>
              <TextInput value={newName} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setNewName(e.target.value)} />
              <Field.Hint />
            </Field.Root>
          )}
        </Flex>
      </Modal.Body>
      <Modal.Footer>
        <Modal.Close>
          <Button variant="tertiary">{t('newsroom.signOff.cancel')}</Button>
        </Modal.Close>
        <Button type="submit" loading={pending} disabled={speaker === undefined}>
          {t('newsroom.fix.save')}
        </Button>
      </Modal.Footer>
    </form>
  );
};

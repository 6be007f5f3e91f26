import * as React from 'react';

import { Button, Flex, Modal, Typography } from '@strapi/design-system';

import type { SourceSummary } from '../../../../shared/contracts/story';
import { useNotifiedSubmit } from '../../hooks/useNotifiedSubmit';
import { useRecordQuoteMutation } from '../../services/api';
import { useTranslate } from '../../utils/translations';
import { SourcePicker, useSourcePick, useSourcesWithNewsroomMatch } from './SourcePicker';

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
  const { isLoading, sources } = useSourcesWithNewsroomMatch(props.engineSpeaker, props.sources);
  if (isLoading) return null;
  return <RecordQuoteFields {...props} sources={sources} />;
};

const RecordQuoteFields = ({ storyDocumentId, text, engineSpeaker, sources, onRecorded, onClose }: RecordQuoteDialogProps & { onClose(): void }) => {
  const t = useTranslate();
  const [recordQuote] = useRecordQuoteMutation();
  const { pending, submit } = useNotifiedSubmit({
    success: t('newsroom.fix.quoteSaved'),
    failure: (message) => t('newsroom.fix.failed', { message }),
  });
  const pick = useSourcePick(sources, engineSpeaker, 'person');
  const speaker = pick.ref;

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
          <SourcePicker label={t('newsroom.fix.speaker')} noneLabel={t('newsroom.fix.noSpeaker')} sources={sources} pick={pick} />
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

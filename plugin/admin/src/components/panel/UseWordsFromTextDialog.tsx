import * as React from 'react';

import { Box, Button, Flex, Modal, Typography } from '@strapi/design-system';

import type { DiffPart } from '../../../../shared/attribution/text/diff';
import { useNotifiedSubmit } from '../../hooks/useNotifiedSubmit';
import { useSetQuoteTextMutation } from '../../services/api';
import { useTranslate } from '../../utils/translations';


interface UseWordsFromTextDialogProps {
  quoteDocumentId: string;
  /** The body's passage the record should say. */
  passage: string;
  diff: DiffPart[] | undefined;
  onSaved(): void;
}

const DIFF_STYLE: Record<DiffPart['op'], React.CSSProperties> = {
  equal: {},
  delete: { background: '#fcecea', textDecoration: 'line-through' },
  insert: { background: '#eafbe7', fontWeight: 600 },
};

/** "Use the words from the text": the misquote's diff first, then the record takes the body's words. */
export const UseWordsFromTextDialog = ({ quoteDocumentId, passage, diff, onSaved }: UseWordsFromTextDialogProps) => {
  const t = useTranslate();
  const [open, setOpen] = React.useState(false);
  const [setQuoteText] = useSetQuoteTextMutation();
  const { pending, submit } = useNotifiedSubmit({
    success: t('newsroom.fix.wordsSaved'),
    failure: (message) => t('newsroom.fix.failed', { message }),
  });

  const save = async () => {
    const saved = await submit(() => setQuoteText({ quoteDocumentId, text: passage }).unwrap());
    if (!saved) return;
    setOpen(false);
    onSaved();
  };

  return (
    <Modal.Root open={open} onOpenChange={setOpen}>
      <Modal.Trigger>
        <Button variant="secondary" fullWidth>
          {t('newsroom.fix.useWords')}
        </Button>
      </Modal.Trigger>
      <Modal.Content>
        <Modal.Header>
          <Modal.Title>{t('newsroom.fix.useWordsTitle')}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <Flex direction="column" alignItems="stretch" gap={3}>
            <Typography variant="pi" textColor="neutral600">
              {t('newsroom.fix.diffLegend')}
            </Typography>
            <Box padding={3} background="neutral100" hasRadius data-testid="misquote-diff">
              <Typography variant="omega">
                {(diff ?? [{ op: 'insert', text: passage }]).map((part, index) => (
                  <React.Fragment key={index}>
                    {index > 0 && ' '}
                    <span data-op={part.op} style={DIFF_STYLE[part.op]}>
                      {part.text}
                    </span>
                  </React.Fragment>
                ))}
              </Typography>
            </Box>
          </Flex>
        </Modal.Body>
        <Modal.Footer>
          <Modal.Close>
            <Button variant="tertiary">{t('newsroom.signOff.cancel')}</Button>
          </Modal.Close>
          <Button onClick={save} loading={pending}>
            {t('newsroom.fix.useWordsConfirm')}
          </Button>
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
};

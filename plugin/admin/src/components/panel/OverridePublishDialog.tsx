import * as React from 'react';

import { Button, Field, Flex, Modal, Textarea, Typography } from '@strapi/design-system';

import { OVERRIDE_REASON_MIN_LENGTH } from '../../../../shared/contracts/attributions';
import { useNotifiedSubmit } from '../../hooks/useNotifiedSubmit';
import { usePublishOverride } from '../../hooks/usePublishOverride';
import { useTranslate } from '../../utils/translations';

interface OverridePublishDialogProps {
  storyDocumentId: string;
  errorCount: number;
  onPublished(): void;
}

/** For editors allowed to: publish despite attribution errors, saying why (the reason is kept). */
export const OverridePublishDialog = ({ storyDocumentId, errorCount, onPublished }: OverridePublishDialogProps) => {
  const t = useTranslate();
  const publishWithOverride = usePublishOverride();
  const { pending: publishing, submit } = useNotifiedSubmit({
    success: t('newsroom.override.done'),
    failure: (message) => t('newsroom.override.failed', { message }),
  });
  const [open, setOpen] = React.useState(false);
  const [reason, setReason] = React.useState('');
  const tooShort = reason.trim().length < OVERRIDE_REASON_MIN_LENGTH;

  const publish = async (event: React.FormEvent) => {
    event.preventDefault();
    if (tooShort) return;
    const published = await submit(() => publishWithOverride(storyDocumentId, reason.trim()));
    if (!published) return;
    setOpen(false);
    setReason('');
    onPublished();
  };

  return (
    <Modal.Root open={open} onOpenChange={setOpen}>
      <Modal.Trigger>
        <Button variant="danger-light" fullWidth>
          {t('newsroom.override.button')}
        </Button>
      </Modal.Trigger>
      <Modal.Content>
        <form onSubmit={publish}>
          <Modal.Header>
            <Modal.Title>{t('newsroom.override.title')}</Modal.Title>
          </Modal.Header>
          <Modal.Body>
            <Flex direction="column" alignItems="stretch" gap={4}>
              <Typography>{t('newsroom.override.explain', { count: errorCount })}</Typography>
              <Field.Root name="reason" required hint={t('newsroom.override.reasonHint', { min: OVERRIDE_REASON_MIN_LENGTH })}>
                <Field.Label>{t('newsroom.override.reason')}</Field.Label>
                <Textarea value={reason} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setReason(e.target.value)} />
                <Field.Hint />
              </Field.Root>
            </Flex>
          </Modal.Body>
          <Modal.Footer>
            <Modal.Close>
              <Button variant="tertiary">{t('newsroom.signOff.cancel')}</Button>
            </Modal.Close>
            <Button type="submit" variant="danger" disabled={tooShort} loading={publishing}>
              {t('newsroom.override.confirm')}
            </Button>
          </Modal.Footer>
        </form>
      </Modal.Content>
    </Modal.Root>
  );
};

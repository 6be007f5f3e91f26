import * as React from 'react';

import { Button, Field, Flex, Modal, Radio, Textarea, Typography } from '@strapi/design-system';

import type { SignOff, SignOffTargetType, SignOffVerdict } from '../../../../shared/contracts/attributions';
import { useNotifiedSubmit } from '../../hooks/useNotifiedSubmit';
import { useSignOff } from '../../hooks/useSignOff';
import { useTranslate } from '../../utils/translations';

interface SignOffDialogProps {
  open: boolean;
  onOpenChange(open: boolean): void;
  targetType: SignOffTargetType;
  targetDocumentId: string;
  /** What is signed off, shown to the editor: the quote's or figure's words. */
  subject: string;
  current?: SignOff;
  onSaved(): void;
}

export const SignOffDialog = ({ open, onOpenChange, ...form }: SignOffDialogProps) => (
  <Modal.Root open={open} onOpenChange={onOpenChange}>
    <Modal.Content>
      {/* Mounted while open only: each opening starts from the current sign-off. */}
      <SignOffForm {...form} onClose={() => onOpenChange(false)} />
    </Modal.Content>
  </Modal.Root>
);

type SignOffFormProps = Omit<SignOffDialogProps, 'open' | 'onOpenChange'> & { onClose(): void };

const SignOffForm = ({ targetType, targetDocumentId, subject, current, onSaved, onClose }: SignOffFormProps) => {
  const t = useTranslate();
  const saveSignOff = useSignOff();
  const { pending: saving, submit } = useNotifiedSubmit({
    success: t('newsroom.signOff.saved'),
    failure: (message) => t('newsroom.signOff.failed', { message }),
  });
  const [verdict, setVerdict] = React.useState<SignOffVerdict>(current?.verdict ?? 'verified');
  const [note, setNote] = React.useState(current?.note ?? '');

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    const saved = await submit(() => saveSignOff({ targetType, targetDocumentId, verdict, note: note.trim() || null }));
    if (!saved) return;
    onClose();
    onSaved();
  };

  return (
    <form onSubmit={save}>
      <Modal.Header>
        <Modal.Title>{t('newsroom.signOff.dialogTitle')}</Modal.Title>
      </Modal.Header>
      <Modal.Body>
        <Flex direction="column" alignItems="stretch" gap={5}>
          <Typography tag="blockquote" variant="omega" textColor="neutral800">
            {subject}
          </Typography>
          <Field.Root name="verdict">
            <Field.Label>{t('newsroom.signOff.verdict')}</Field.Label>
            <Radio.Group
              value={verdict}
              onValueChange={(value: string) => setVerdict(value as SignOffVerdict)}
              aria-label={t('newsroom.signOff.verdict')}
            >
              <Radio.Item value="verified">{t('newsroom.signOff.verdict.verified')}</Radio.Item>
              <Radio.Item value="disputed">{t('newsroom.signOff.verdict.disputed')}</Radio.Item>
            </Radio.Group>
          </Field.Root>
          <Field.Root name="note" hint={t('newsroom.signOff.noteHint')}>
            <Field.Label>{t('newsroom.signOff.note')}</Field.Label>
            <Textarea value={note} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setNote(e.target.value)} />
            <Field.Hint />
          </Field.Root>
          <Typography variant="pi" textColor="neutral600">
            {t('newsroom.signOff.clearedWhen')}
          </Typography>
        </Flex>
      </Modal.Body>
      <Modal.Footer>
        <Modal.Close>
          <Button variant="tertiary">{t('newsroom.signOff.cancel')}</Button>
        </Modal.Close>
        <Button type="submit" loading={saving}>
          {t('newsroom.signOff.save')}
        </Button>
      </Modal.Footer>
    </form>
  );
};

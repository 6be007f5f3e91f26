import * as React from 'react';

import { Button, Flex, Typography } from '@strapi/design-system';
import { CheckCircle, WarningCircle } from '@strapi/icons';
import { useIntl } from 'react-intl';

import type { SignOff, SignOffTargetType } from '../../../../shared/contracts/attributions';
import { useTranslate } from '../../utils/translations';
import { SignOffDialog } from './SignOffDialog';

interface SignOffControlProps {
  targetType: SignOffTargetType;
  targetDocumentId: string;
  subject: string;
  signOff?: SignOff;
  canSignOff: boolean;
  onSaved(): void;
}

/** Who signed off a quote or figure, when, with what note; and, for those allowed, a way to sign it off. */
export const SignOffControl = ({ targetType, targetDocumentId, subject, signOff, canSignOff, onSaved }: SignOffControlProps) => {
  const t = useTranslate();
  const { formatDate } = useIntl();
  const [open, setOpen] = React.useState(false);
  const when = signOff ? formatDate(signOff.signedAt, { dateStyle: 'medium', timeStyle: 'short' }) : '';

  return (
    <Flex direction="column" alignItems="stretch" gap={1} data-testid="sign-off" data-verdict={signOff?.verdict ?? 'none'}>
      <Flex gap={1} alignItems="center">
        {signOff?.verdict === 'verified' && <CheckCircle fill="success600" aria-hidden />}
        {signOff?.verdict === 'disputed' && <WarningCircle fill="danger600" aria-hidden />}
        <Typography variant="pi" textColor={signOff ? 'neutral800' : 'neutral600'}>
          {signOff
            ? t(signOff.verdict === 'verified' ? 'newsroom.signOff.verified' : 'newsroom.signOff.disputed', {
                name: signOff.signedBy.name,
                date: when,
              })
            : t('newsroom.signOff.none')}
        </Typography>
      </Flex>
      {signOff?.note && (
        <Typography variant="pi" textColor="neutral700" tag="q">
          {signOff.note}
        </Typography>
      )}
      {canSignOff && (
        <>
          <Button
            variant="secondary"
            size="S"
            onClick={() => setOpen(true)}
            aria-label={t('newsroom.signOff.buttonLabel', { what: subject })}
          >
            {signOff ? t('newsroom.signOff.change') : t('newsroom.signOff.button')}
          </Button>
          <SignOffDialog
            open={open}
            onOpenChange={setOpen}
            targetType={targetType}
            targetDocumentId={targetDocumentId}
            subject={subject}
            current={signOff}
            onSaved={onSaved}
          />
        </>
      )}
    </Flex>
  );
};

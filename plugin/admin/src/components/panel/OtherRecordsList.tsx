import { Box, Flex, Typography } from '@strapi/design-system';

import type { SignOff } from '../../../../shared/contracts/attributions';
import type { Quote, Statistic } from '../../../../shared/contracts/story';
import { useTranslate } from '../../utils/translations';
import { quoteSubject, statisticSubject } from './FindingEntryCard';
import { RecordLink } from './RecordLink';
import { SignOffControl } from './SignOffControl';

interface OtherRecordsListProps {
  quotes: Quote[];
  statistics: Statistic[];
  signOffs: Map<string, SignOff>;
  canSignOff: boolean;
  onSignedOff(): void;
}

/** Quotes and figures the engine has nothing against: still to be signed off by an editor. */
export const OtherRecordsList = ({ quotes, statistics, signOffs, canSignOff, onSignedOff }: OtherRecordsListProps) => {
  const t = useTranslate();
  const items = [
    ...quotes.map((quote) => ({ type: 'quote' as const, documentId: quote.documentId, subject: quoteSubject(quote) })),
    ...statistics.map((statistic) => ({
      type: 'statistic' as const,
      documentId: statistic.documentId,
      subject: statisticSubject(statistic),
    })),
  ];
  if (items.length === 0) return null;
  return (
    <Flex direction="column" alignItems="stretch" gap={2} tag="section" aria-labelledby="newsroom-other-records">
      <Typography id="newsroom-other-records" variant="sigma" textColor="neutral600" tag="h3">
        {t('newsroom.group.unchecked')}
      </Typography>
      <Flex direction="column" alignItems="stretch" gap={2} tag="ul">
        {items.map((item) => (
          <Box
            key={`${item.type}:${item.documentId}`}
            tag="li"
            padding={2}
            hasRadius
            borderStyle="solid"
            borderWidth="1px"
            borderColor="neutral150"
            data-testid="other-record"
            data-type={item.type}
            // Long unbroken strings (URLs, pasted markup) must wrap, not overflow the narrow panel.
            style={{ overflowWrap: 'anywhere' }}
          >
            <Flex direction="column" alignItems="stretch" gap={2}>
              <Typography variant="pi" textColor="neutral800" data-testid="record-subject">
                {item.subject}
              </Typography>
              <RecordLink type={item.type} documentId={item.documentId} />
              <SignOffControl
                targetType={item.type}
                targetDocumentId={item.documentId}
                subject={item.subject}
                signOff={signOffs.get(item.documentId)}
                canSignOff={canSignOff}
                onSaved={onSignedOff}
              />
            </Flex>
          </Box>
        ))}
      </Flex>
    </Flex>
  );
};

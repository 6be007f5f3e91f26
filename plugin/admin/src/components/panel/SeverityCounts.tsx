import { Badge, Flex } from '@strapi/design-system';

import type { Severity } from '../../../../shared/attribution/types';
import { useTranslate } from '../../utils/translations';

const STYLE: Record<Severity, { text: string; background: string }> = {
  error: { text: 'danger700', background: 'danger100' },
  warning: { text: 'warning700', background: 'warning100' },
  info: { text: 'neutral700', background: 'neutral150' },
};

export const SeverityCounts = ({ counts }: { counts: Record<Severity, number> }) => {
  const t = useTranslate();
  return (
    <Flex gap={2} wrap="wrap" role="list" aria-label={t('newsroom.counts.label')}>
      {(['error', 'warning', 'info'] as const).map((severity) => (
        <Badge
          key={severity}
          role="listitem"
          data-severity-count={severity}
          textColor={counts[severity] > 0 ? STYLE[severity].text : 'neutral600'}
          backgroundColor={counts[severity] > 0 ? STYLE[severity].background : 'neutral100'}
        >
          {t(`newsroom.counts.${severity}`, { count: counts[severity] })}
        </Badge>
      ))}
    </Flex>
  );
};

import { Typography } from '@strapi/design-system';
import { styled } from 'styled-components';

import type { Severity } from '../../../../shared/attribution/types';
import { sentenceContext } from '../../utils/sentence-context';

const Highlight = styled.mark<{ $severity: Severity }>`
  background: ${({ theme, $severity }) =>
    $severity === 'error' ? theme.colors.danger100 : $severity === 'warning' ? theme.colors.warning100 : theme.colors.neutral150};
  color: inherit;
  border-bottom: 2px solid
    ${({ theme, $severity }) =>
      $severity === 'error' ? theme.colors.danger600 : $severity === 'warning' ? theme.colors.warning600 : theme.colors.neutral500};
  padding: 0 1px;
`;

/** The sentence around text[start, end) with that span marked. Always plain text: never HTML. */
export const TextInContext = ({
  text,
  start,
  end,
  severity,
}: {
  text: string;
  start: number;
  end: number;
  severity: Severity;
}) => {
  const context = sentenceContext(text, start, end);
  if (!context) return null;
  return (
    <Typography tag="p" variant="pi" textColor="neutral800" data-testid="text-in-context">
      {context.clippedStart ? '…' : ''}
      {context.before}
      <Highlight $severity={severity}>{context.highlighted}</Highlight>
      {context.after}
      {context.clippedEnd ? '…' : ''}
    </Typography>
  );
};

import * as React from 'react';

import { Box, Flex, Typography } from '@strapi/design-system';

import type { Finding, FindingTargetType, Severity } from '../../../../shared/attribution/types';
import type { SignOff } from '../../../../shared/contracts/attributions';
import type { DiffPart } from '../../../../shared/attribution/text/diff';
import { STATISTIC_QUALIFIERS, type PhotoCaption, type Quote, type Source, type SourceSummary, type Statistic } from '../../../../shared/contracts/story';
import { worstSeverity, type FindingEntry, type GroupKey } from '../../utils/group-findings';
import { sentenceContext } from '../../utils/sentence-context';
import { knownKey, useTranslate } from '../../utils/translations';
import { RecordFigureDialog, type FigureReading } from './RecordFigureDialog';
import { RecordLink } from './RecordLink';
import { RecordQuoteDialog } from './RecordQuoteDialog';
import { SignOffControl } from './SignOffControl';
import { TextInContext } from './TextInContext';
import { UseWordsFromTextDialog } from './UseWordsFromTextDialog';

const BORDER: Record<Severity, string> = { error: 'danger200', warning: 'warning200', info: 'neutral200' };
const SEVERITY_TEXT: Record<Severity, string> = { error: 'danger700', warning: 'warning700', info: 'neutral700' };
const TARGET_TYPE: Record<GroupKey, FindingTargetType> = {
  quote: 'quote',
  statistic: 'statistic',
  caption: 'photoCaption',
  source: 'source',
};

export const quoteSubject = (quote: Quote) => `“${quote.text}”`;
export const statisticSubject = (statistic: Statistic) => `${statistic.valueText} (${statistic.measures})`;

const RecordSummary = ({ entry }: { entry: FindingEntry }) => {
  const t = useTranslate();
  const { group, record } = entry;
  if (!record) return null;
  if (group === 'quote') {
    const quote = record as Quote;
    return (
      <Typography variant="pi" textColor="neutral600">
        {quote.speaker ? t('newsroom.record.speaker', { name: quote.speaker.name }) : t('newsroom.record.noSpeaker')}
      </Typography>
    );
  }
  if (group === 'statistic') {
    const statistic = record as Statistic;
    return (
      <Flex direction="column" alignItems="stretch" gap={1}>
        <Typography variant="omega" fontWeight="semiBold">
          {statisticSubject(statistic)}
        </Typography>
        <Typography variant="pi" textColor="neutral600">
          {statistic.source
            ? t('newsroom.record.figureSource', { name: statistic.source.name })
            : t('newsroom.record.noFigureSource')}
        </Typography>
      </Flex>
    );
  }
  const label = group === 'caption' ? (record as PhotoCaption).caption : (record as Source).name;
  return (
    <Typography variant="omega" fontWeight="semiBold">
      {label}
    </Typography>
  );
};

const FindingDetail = ({ finding, text }: { finding: Finding; text: string }) => {
  const t = useTranslate();
  const codeLabel = knownKey(`newsroom.code.${finding.code}`);
  const hasSpan = typeof finding.start === 'number' && typeof finding.end === 'number';
  return (
    <Flex direction="column" alignItems="stretch" gap={1} data-testid="finding" data-code={finding.code} data-severity={finding.severity}>
      <Typography variant="sigma" textColor={SEVERITY_TEXT[finding.severity]}>
        {t(`newsroom.severity.${finding.severity}`)}
        {codeLabel ? ` · ${t(codeLabel)}` : ''}
      </Typography>
      <Typography variant="omega" textColor="neutral800">
        {finding.message}
      </Typography>
      {hasSpan && (
        <>
          <Typography variant="pi" textColor="neutral600">
            {t('newsroom.finding.inText')}
          </Typography>
          <TextInContext text={text} start={finding.start!} end={finding.end!} severity={finding.severity} />
        </>
      )}
    </Flex>
  );
};

interface FindingEntryCardProps {
  entry: FindingEntry;
  /** The body as plain text: findings' offsets point into it. */
  text: string;
  signOff?: SignOff;
  canSignOff: boolean;
  onSignedOff(): void;
  /** The one-click fixes, and which of them the user may make (null: none offered). */
  fixes: { storyDocumentId: string; may: { quotes: boolean; figures: boolean }; sources: SourceSummary[]; onFixed(): void } | null;
}

/** A BODY_STATISTIC_WITHOUT_RECORD finding's data: what the engine read of the figure. */
const isFigureReading = (data: Record<string, unknown>): data is Record<string, unknown> & FigureReading =>
  typeof data.valueText === 'string' &&
  typeof data.passage === 'string' &&
  typeof data.value === 'number' &&
  typeof data.measures === 'string' &&
  (STATISTIC_QUALIFIERS as readonly unknown[]).includes(data.qualifier) &&
  (data.unit === null || typeof data.unit === 'string') &&
  (data.source === null || typeof data.source === 'string');

/** The fix a finding offers: record a quotation or a figure of the body, or take a misquote's words from the body. */
const FindingFix = ({ finding, fixes }: { finding: Finding; fixes: NonNullable<FindingEntryCardProps['fixes']> }) => {
  const data = (finding.data ?? {}) as Record<string, unknown>;
  if (finding.code === 'BODY_STATISTIC_WITHOUT_RECORD' && fixes.may.figures && isFigureReading(data)) {
    const { valueText, passage, value, unit, measures, qualifier, source } = data;
    return (
      <RecordFigureDialog
        storyDocumentId={fixes.storyDocumentId}
        figure={{ valueText, passage, value, unit, measures, qualifier, source }}
        sources={fixes.sources}
        onRecorded={fixes.onFixed}
      />
    );
  }
  if (!fixes.may.quotes) return null;
  if (finding.code === 'BODY_QUOTE_WITHOUT_RECORD' && typeof data.text === 'string') {
    return (
      <RecordQuoteDialog
        storyDocumentId={fixes.storyDocumentId}
        text={data.text}
        engineSpeaker={typeof data.speaker === 'string' ? data.speaker : null}
        sources={fixes.sources}
        onRecorded={fixes.onFixed}
      />
    );
  }
  if (finding.code === 'QUOTE_NOT_IN_BODY' && typeof data.closestPassage === 'string' && finding.target.documentId) {
    return (
      <UseWordsFromTextDialog
        quoteDocumentId={finding.target.documentId}
        passage={data.closestPassage}
        diff={Array.isArray(data.diff) ? (data.diff as DiffPart[]) : undefined}
        onSaved={fixes.onFixed}
      />
    );
  }
  return null;
}

const sameContext = (a: Finding, aText: string, b: Finding, bText: string) => {
  if (a.start === undefined || a.end === undefined || b.start === undefined || b.end === undefined) return a.start === b.start && a.end === b.end;
  const before = sentenceContext(aText, a.start, a.end);
  const after = sentenceContext(bText, b.start, b.end);
  return before?.before === after?.before && before?.highlighted === after?.highlighted && before?.after === after?.after;
};

const sameFinding = (a: Finding, aText: string, b: Finding, bText: string) =>
  a.code === b.code &&
  a.severity === b.severity &&
  a.message === b.message &&
  a.target.documentId === b.target.documentId &&
  JSON.stringify(a.data) === JSON.stringify(b.data) &&
  sameContext(a, aText, b, bText);

/**
 * A card is drawn again only when what it shows changed: as the editor types, every check hands
 * out new findings and a new text, but most cards say the same as before.
 */
const showsTheSame = (prev: FindingEntryCardProps, next: FindingEntryCardProps) =>
  prev.entry.key === next.entry.key &&
  prev.entry.record === next.entry.record &&
  prev.signOff === next.signOff &&
  prev.canSignOff === next.canSignOff &&
  prev.onSignedOff === next.onSignedOff &&
  prev.fixes === next.fixes &&
  prev.entry.findings.length === next.entry.findings.length &&
  prev.entry.findings.every((finding, index) => sameFinding(finding, prev.text, next.entry.findings[index]!, next.text));

/** One record (a quote, a figure, a caption, a source) and every finding about it. */
export const FindingEntryCard = React.memo(function FindingEntryCard({ entry, text, signOff, canSignOff, onSignedOff, fixes }: FindingEntryCardProps) {
  const t = useTranslate();
  const severity = worstSeverity(entry.findings);
  const documentId = entry.record?.documentId;
  const quote = entry.group === 'quote' ? (entry.record as Quote | null) : null;
  const statistic = entry.group === 'statistic' ? (entry.record as Statistic | null) : null;
  return (
    <Box
      tag="li"
      padding={3}
      hasRadius
      borderStyle="solid"
      borderWidth="1px"
      borderColor={BORDER[severity]}
      background="neutral0"
      data-testid="finding-entry"
      data-group={entry.group}
      // Long unbroken strings (URLs, pasted markup) must wrap, not overflow the narrow panel.
      style={{ overflowWrap: 'anywhere' }}
    >
      <Flex direction="column" alignItems="stretch" gap={3}>
        {quote && (
          <Typography variant="omega" fontWeight="semiBold" data-testid="quote-text">
            {entry.findings.some((f) => f.code === 'QUOTE_NOT_IN_BODY') ? `${t('newsroom.finding.recordSays')} ` : ''}
            {quoteSubject(quote)}
          </Typography>
        )}
        <RecordSummary entry={entry} />
        {entry.findings.map((finding, index) => (
          <React.Fragment key={`${finding.code}-${index}`}>
            <FindingDetail finding={finding} text={text} />
            {fixes && <FindingFix finding={finding} fixes={fixes} />}
          </React.Fragment>
        ))}
        {documentId && <RecordLink type={TARGET_TYPE[entry.group]} documentId={documentId} />}
        {(quote || statistic) && documentId && (
          <SignOffControl
            targetType={quote ? 'quote' : 'statistic'}
            targetDocumentId={documentId}
            subject={quote ? quoteSubject(quote) : statisticSubject(statistic!)}
            signOff={signOff}
            canSignOff={canSignOff}
            onSaved={onSignedOff}
          />
        )}
      </Flex>
    </Box>
  );
}, showsTheSame);

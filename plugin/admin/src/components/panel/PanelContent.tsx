import * as React from 'react';

import { Button, Flex, Loader, Typography } from '@strapi/design-system';
import { unstable_useDocument, useDebounce, useForm } from '@strapi/strapi/admin';

import { check } from '../../../../shared/attribution';
import type { SignOff } from '../../../../shared/contracts/attributions';
import { useStoryFindings } from '../../hooks/useStoryFindings';
import { countBySeverity, GROUP_ORDER, groupFindings, type GroupKey } from '../../utils/group-findings';
import { liveStory } from '../../utils/live-story';
import { knownSources } from '../../utils/speaker-options';
import { useTranslate } from '../../utils/translations';
import { blocksToText } from '../../../../shared/attribution/text/blocks';
import { FindingEntryCard } from './FindingEntryCard';
import { OtherRecordsList } from './OtherRecordsList';
import { OverridePublishDialog } from './OverridePublishDialog';
import { SeverityCounts } from './SeverityCounts';

const GROUP_TITLES = {
  quote: 'newsroom.group.quote',
  statistic: 'newsroom.group.statistic',
  caption: 'newsroom.group.caption',
  source: 'newsroom.group.source',
} as const satisfies Record<GroupKey, string>;

/** The form's text as the editor left it 300 ms ago, and whether it differs from the saved story. */
interface TypedText {
  values: Record<string, unknown> | undefined;
  modified: boolean;
}

/**
 * Follows the edit view's form on its own, so that a keystroke re-renders this empty component
 * and not the panel: the panel hears of the text once typing pauses.
 */
const TypedTextWatcher = ({ onChange }: { onChange(typed: TypedText): void }) => {
  const values = useForm('NewsroomAttributionsPanel', (form) => form.values, false);
  const modified = useForm('NewsroomAttributionsPanel', (form) => form.modified, false) ?? false;
  const typedValues = useDebounce(values, 300);
  React.useEffect(() => {
    onChange({ values: typedValues as Record<string, unknown> | undefined, modified });
  }, [typedValues, modified, onChange]);
  return null;
};

export interface PanelContentProps {
  model: string;
  collectionType: string;
  documentId: string;
  /** Changes when the edit view's document is saved: the panel then loads again. */
  version: string;
  canSignOff: boolean;
  canOverride: boolean;
  /** May record quotes and take a misquote's words from the text ("Record this quote", "Use the words from the text"). */
  mayFixQuotes: boolean;
  /** May record figures ("Record this figure"). */
  mayFixFigures: boolean;
}

/** Props are plain values, so the panel renders again only when they, its findings or the typed text change. */
export const PanelContent = React.memo((props: PanelContentProps) => {
  const [typed, setTyped] = React.useState<TypedText>({ values: undefined, modified: false });
  return (
    <>
      <TypedTextWatcher onChange={setTyped} />
      <PanelView {...props} typed={typed} />
    </>
  );
});

const PanelView = ({ model, collectionType, documentId, version, canSignOff, canOverride, mayFixQuotes, mayFixFigures, typed }: PanelContentProps & { typed: TypedText }) => {
  const t = useTranslate();
  const { state, reload } = useStoryFindings(documentId, version);
  const { refetch } = unstable_useDocument({ model, collectionType, documentId });
  const modified = typed.modified;

  const saved = state.status === 'ready' ? state.data : null;
  // The same engine as the server, run on what the editor sees now (unsaved text included).
  const story = React.useMemo(() => (saved ? liveStory(saved.story, modified ? typed.values : undefined) : null), [saved, typed.values, modified]);
  const findings = React.useMemo(() => (story ? check(story) : []), [story]);
  // The edit view shows the new or changed record among the story's relations, the panel its findings.
  const onFixed = React.useCallback(() => {
    refetch();
    reload();
  }, [refetch, reload]);
  // Stable while the editor types (a typed text changes no record), so unchanged cards are not drawn again.
  const savedStory = saved?.story;
  const fixes = React.useMemo(
    () =>
      savedStory && (mayFixQuotes || mayFixFigures)
        ? { storyDocumentId: documentId, may: { quotes: mayFixQuotes, figures: mayFixFigures }, sources: knownSources(savedStory), onFixed }
        : null,
    [savedStory, documentId, mayFixQuotes, mayFixFigures, onFixed]
  );

  if (state.status === 'loading') {
    return (
      <Flex justifyContent="center" padding={2} data-testid="attributions-panel" data-state="loading">
        <Loader small>{t('newsroom.panel.loading')}</Loader>
      </Flex>
    );
  }
  if (state.status === 'error' || !saved || !story) {
    return (
      <Flex direction="column" alignItems="stretch" gap={2} data-testid="attributions-panel" data-state="error" role="alert">
        <Typography textColor="danger600">{t('newsroom.panel.error')}</Typography>
        {state.status === 'error' && (
          <Typography variant="pi" textColor="neutral600">
            {state.message}
          </Typography>
        )}
        <Button variant="secondary" onClick={reload}>
          {t('newsroom.panel.retry')}
        </Button>
      </Flex>
    );
  }

  const text = blocksToText(story.body);
  const counts = countBySeverity(findings);
  const groups = groupFindings(story, findings);
  const signOffs = new Map<string, SignOff>(saved.signOffs.map((s) => [s.targetDocumentId, s]));
  const withFindings = new Set(GROUP_ORDER.flatMap((group) => groups[group].map((entry) => entry.record?.documentId)));
  const checkable = story.quotes.length + story.statistics.length;

  return (
    <Flex
      direction="column"
      alignItems="stretch"
      gap={4}
      width="100%"
      data-testid="attributions-panel"
      data-state="ready"
      aria-busy={state.refreshing}
    >
      <SeverityCounts counts={counts} />
      {modified && (
        <Typography variant="pi" textColor="neutral600">
          {t('newsroom.panel.unsaved')}
        </Typography>
      )}
      {counts.error > 0 && saved.publishGuard !== 'off' && (
        <Typography variant="pi" fontWeight="semiBold" textColor={saved.publishGuard === 'block' ? 'danger600' : 'warning600'}>
          {t(saved.publishGuard === 'block' ? 'newsroom.panel.blocked' : 'newsroom.panel.warnOnly')}
        </Typography>
      )}
      <Typography variant="pi" textColor="neutral700" data-testid="sign-off-progress">
        {t('newsroom.signOff.progress', { done: saved.signOffs.length, total: checkable })}
      </Typography>
      {findings.length === 0 && <Typography textColor="success600">{t('newsroom.panel.clean')}</Typography>}
      {GROUP_ORDER.filter((group) => groups[group].length > 0).map((group) => (
        <Flex key={group} direction="column" alignItems="stretch" gap={2} tag="section" aria-labelledby={`newsroom-group-${group}`}>
          <Typography id={`newsroom-group-${group}`} variant="sigma" textColor="neutral600" tag="h3">
            {t(GROUP_TITLES[group])}
          </Typography>
          <Flex direction="column" alignItems="stretch" gap={2} tag="ul">
            {groups[group].map((entry) => (
              <FindingEntryCard
                key={entry.key}
                entry={entry}
                text={text}
                signOff={entry.record ? signOffs.get(entry.record.documentId) : undefined}
                canSignOff={canSignOff}
                onSignedOff={reload}
                fixes={fixes}
              />
            ))}
          </Flex>
        </Flex>
      ))}
      <OtherRecordsList
        quotes={story.quotes.filter((quote) => !withFindings.has(quote.documentId))}
        statistics={story.statistics.filter((statistic) => !withFindings.has(statistic.documentId))}
        signOffs={signOffs}
        canSignOff={canSignOff}
        onSignedOff={reload}
      />
      {canOverride && counts.error > 0 && saved.publishGuard === 'block' && (
        <OverridePublishDialog
          storyDocumentId={documentId}
          errorCount={counts.error}
          onPublished={() => {
            refetch();
            reload();
          }}
        />
      )}
    </Flex>
  );
};

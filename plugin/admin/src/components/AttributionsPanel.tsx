import { useRBAC } from '@strapi/strapi/admin';

import { PERMISSIONS, STORY_UID } from '../permissions';
import { useTranslate } from '../utils/translations';
import { PanelContent } from './panel/PanelContent';

/** What the Content Manager gives each edit-view side panel (see PanelComponentProps there). */
interface EditViewPanelProps {
  model: string;
  collectionType: string;
  documentId?: string;
  document?: { updatedAt?: string | null } | null;
}

const PANEL_PERMISSIONS = [
  ...PERMISSIONS.readFindings,
  ...PERMISSIONS.signOff,
  ...PERMISSIONS.overridePublishGuard,
  ...PERMISSIONS.createQuote,
  ...PERMISSIONS.updateQuote,
];

/** The "Attributions" side panel of a story's edit view (a panel description: hooks, then {title, content}). */
export const AttributionsPanel = ({ model, collectionType, documentId, document }: EditViewPanelProps) => {
  const t = useTranslate();
  const { allowedActions, isLoading } = useRBAC(PANEL_PERMISSIONS);
  // Its own call: useRBAC names answers after the action's last segment only (explorer.create ->
  // canCreate), so creating quotes and creating statistics would share one answer.
  const statistics = useRBAC(PERMISSIONS.createStatistic);
  if (model !== STORY_UID || !documentId || documentId === 'create' || isLoading || statistics.isLoading || !allowedActions.canRead) {
    return null;
  }
  return {
    title: t('newsroom.panel.title'),
    content: (
      <PanelContent
        model={model}
        collectionType={collectionType}
        documentId={documentId}
        version={document?.updatedAt ?? ''}
        canSignOff={Boolean(allowedActions.canSignOff)}
        canOverride={Boolean(allowedActions.canOverride)}
        mayFixQuotes={Boolean(allowedActions.canCreate && allowedActions.canUpdate)}
        mayFixFigures={Boolean(statistics.allowedActions.canCreate)}
      />
    ),
  };
};

import { NEWSROOM_ACTIONS } from '../../../shared/constants';

const requires = (...actions: string[]) => ({
  policies: [{ name: 'admin::hasPermissions', config: { actions } }],
});

/** The admin panel's routes: /newsroom/..., admin session required, one RBAC action each. */
export default {
  type: 'admin',
  routes: [
    {
      method: 'GET',
      path: '/stories/:documentId/findings',
      handler: 'findings.findOne',
      config: requires(NEWSROOM_ACTIONS.readFindings),
    },
    {
      method: 'PUT',
      path: '/sign-offs',
      handler: 'sign-off.upsert',
      config: requires(NEWSROOM_ACTIONS.signOff),
    },
    {
      method: 'GET',
      path: '/story-checks',
      handler: 'story-checks.find',
      config: requires(NEWSROOM_ACTIONS.readAttributionsPage),
    },
    {
      method: 'POST',
      path: '/story-checks/actions/recheck',
      handler: 'story-checks.recheck',
      config: requires(NEWSROOM_ACTIONS.readAttributionsPage),
    },
    {
      method: 'GET',
      path: '/story-checks/findings.csv',
      handler: 'story-checks.exportCsv',
      config: requires(NEWSROOM_ACTIONS.readAttributionsPage, NEWSROOM_ACTIONS.readFindings),
    },
    {
      method: 'POST',
      path: '/stories/:documentId/publish-with-override',
      handler: 'publish-override.publish',
      config: requires(NEWSROOM_ACTIONS.overridePublishGuard),
    },
    {
      method: 'POST',
      path: '/stories/:documentId/quotes',
      handler: 'records-from-text.recordQuote',
      config: requires(NEWSROOM_ACTIONS.readFindings),
    },
    {
      method: 'POST',
      path: '/stories/:documentId/statistics',
      handler: 'records-from-text.recordStatistic',
      config: requires(NEWSROOM_ACTIONS.readFindings),
    },
    {
      method: 'PUT',
      path: '/quotes/:documentId/text',
      handler: 'records-from-text.useWordsFromText',
      config: requires(NEWSROOM_ACTIONS.readFindings),
    },
    {
      method: 'POST',
      path: '/article-imports/preview',
      handler: 'article-import.preview',
      config: requires(NEWSROOM_ACTIONS.importArticle),
    },
    {
      method: 'POST',
      path: '/article-imports',
      handler: 'article-import.create',
      config: requires(NEWSROOM_ACTIONS.importArticle),
    },
  ],
};

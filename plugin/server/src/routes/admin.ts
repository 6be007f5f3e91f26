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
      path: '/stories/:documentId/publish-with-override',
      handler: 'publish-override.publish',
      config: requires(NEWSROOM_ACTIONS.overridePublishGuard),
    },
  ],
};

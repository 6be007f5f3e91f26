/** The newsroom's admin RBAC actions, as the admin and the server both name them. */
export const NEWSROOM_ACTIONS = {
  readFindings: 'plugin::newsroom.findings.read',
  signOff: 'plugin::newsroom.sign-off',
  overridePublishGuard: 'plugin::newsroom.publish-guard.override',
  readAttributionsPage: 'plugin::newsroom.attributions.read',
} as const;

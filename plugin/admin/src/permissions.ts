import { NEWSROOM_ACTIONS, QUOTE_UID, STATISTIC_UID } from '../../shared/constants';

export { STORY_UID } from '../../shared/constants';

const only = (action: string) => [{ action, subject: null }];

export const PERMISSIONS = {
  readFindings: only(NEWSROOM_ACTIONS.readFindings),
  signOff: only(NEWSROOM_ACTIONS.signOff),
  overridePublishGuard: only(NEWSROOM_ACTIONS.overridePublishGuard),
  readAttributionsPage: only(NEWSROOM_ACTIONS.readAttributionsPage),
  importArticle: only(NEWSROOM_ACTIONS.importArticle),
  createQuote: [{ action: 'plugin::content-manager.explorer.create', subject: QUOTE_UID }],
  updateQuote: [{ action: 'plugin::content-manager.explorer.update', subject: QUOTE_UID }],
  createStatistic: [{ action: 'plugin::content-manager.explorer.create', subject: STATISTIC_UID }],
};

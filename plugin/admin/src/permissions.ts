import { NEWSROOM_ACTIONS } from '../../shared/constants';

export { STORY_UID } from '../../shared/constants';

const only = (action: string) => [{ action, subject: null }];

export const PERMISSIONS = {
  readFindings: only(NEWSROOM_ACTIONS.readFindings),
  signOff: only(NEWSROOM_ACTIONS.signOff),
  overridePublishGuard: only(NEWSROOM_ACTIONS.overridePublishGuard),
  readAttributionsPage: only(NEWSROOM_ACTIONS.readAttributionsPage),
};

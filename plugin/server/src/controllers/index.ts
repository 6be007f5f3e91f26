import findings from './findings';
import publishOverride from './publish-override';
import signOff from './sign-off';
import story from './story';
import storyChecks from './story-checks';

export default {
  story,
  findings,
  'sign-off': signOff,
  'story-checks': storyChecks,
  'publish-override': publishOverride,
};

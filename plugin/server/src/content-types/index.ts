import deliveryState from './delivery-state';
import photoCaption from './photo-caption';
import publishOverride from './publish-override';
import quote from './quote';
import signOff from './sign-off';
import source from './source';
import statistic from './statistic';
import story from './story';
import storyCheck from './story-check';

export default {
  story,
  quote,
  source,
  statistic,
  'photo-caption': photoCaption,
  'sign-off': signOff,
  'story-check': storyCheck,
  'publish-override': publishOverride,
  'delivery-state': deliveryState,
};

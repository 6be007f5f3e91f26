import photoCaption from './photo-caption';
import quote from './quote';
import source from './source';
import statistic from './statistic';
import story from './story';

export default {
  story,
  quote,
  source,
  statistic,
  'photo-caption': photoCaption,
};

import articleImport from './article-import';
import findings from './findings';
import openapi from './openapi';
import publishOverride from './publish-override';
import recordsFromText from './records-from-text';
import signOff from './sign-off';
import source from './source';
import story from './story';
import storyJsonld from './story-jsonld';
import storyNinjs from './story-ninjs';
import storyChecks from './story-checks';

export default {
  story,
  'story-ninjs': storyNinjs,
  'story-jsonld': storyJsonld,
  source,
  openapi,
  findings,
  'sign-off': signOff,
  'story-checks': storyChecks,
  'publish-override': publishOverride,
  'article-import': articleImport,
  'records-from-text': recordsFromText,
};

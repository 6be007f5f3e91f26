import articleImport from '../editorial/article-import/article-import';
import publishedSources from '../delivery/published-sources';
import publishedStories from '../delivery/published-stories';
import findings from '../editorial/findings';
import publishGuard from '../editorial/publish-guard';
import recordsFromText from '../editorial/records-from-text';
import signOff from '../editorial/sign-off';
import storyChecks from '../editorial/story-checks';
import fixtureImport from './fixture-import';
import publicAccess from './public-access';
import readerRegistration from './reader-registration';

export default {
  'fixture-import': fixtureImport,
  'public-access': publicAccess,
  'published-stories': publishedStories,
  'published-sources': publishedSources,
  findings,
  'sign-off': signOff,
  'story-checks': storyChecks,
  'publish-guard': publishGuard,
  'reader-registration': readerRegistration,
  'article-import': articleImport,
  'records-from-text': recordsFromText,
};

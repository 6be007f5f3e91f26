import findings from './findings';
import fixtureImport from './fixture-import';
import publicAccess from './public-access';
import publishGuard from './publish-guard';
import readerRegistration from './reader-registration';
import publishedSources from './published-sources';
import publishedStories from './published-stories';
import signOff from './sign-off';
import storyChecks from './story-checks';

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
};

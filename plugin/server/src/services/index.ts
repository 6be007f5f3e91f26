import fixtureImport from './fixture-import';
import publicAccess from './public-access';
import publishedStories from './published-stories';

export default {
  'fixture-import': fixtureImport,
  'public-access': publicAccess,
  'published-stories': publishedStories,
};

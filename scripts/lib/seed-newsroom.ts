import type { Core } from '@strapi/strapi';

import type { NewsroomFixture } from '../../plugin/server/src/fixture/schema';
import type { FixtureImportReport } from '../../plugin/server/src/services/fixture-import';

export const seedNewsroom = async (strapi: Core.Strapi, fixture: NewsroomFixture): Promise<FixtureImportReport> => {
  const newsroom = strapi.plugin('newsroom');
  const report: FixtureImportReport = await newsroom.service('fixture-import').importFixture(fixture);
  await newsroom.service('public-access').grantReaderAccess();
  return report;
};

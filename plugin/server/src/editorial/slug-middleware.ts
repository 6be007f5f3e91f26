import type { Core } from '@strapi/strapi';

import { STORY_UID } from '../../../shared/constants';
import { slugFromHeadline } from '../utils/slug';

/** Stories created without a slug (scripts, imports, the API) get one from their headline. */
export const registerSlugMiddleware = (strapi: Core.Strapi) => {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== STORY_UID || context.action !== 'create') return next();
    const data = (context.params as { data?: Record<string, unknown> }).data;
    if (data && !data.slug && typeof data.headline === 'string') {
      data.slug = slugFromHeadline(data.headline);
    }
    return next();
  });
};

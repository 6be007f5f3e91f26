import type { Core } from '@strapi/strapi';

import { STORY_UID } from '../../../shared/constants';
import { getService } from '../services/get-service';

/** Every publish of a story goes through the guard first (see editorial/publish-guard.ts). */
export const registerPublishGuard = (strapi: Core.Strapi) => {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== STORY_UID || context.action !== 'publish') return next();
    const { documentId } = context.params as { documentId?: string };
    if (documentId) await getService('publish-guard', { strapi }).beforePublish(documentId);
    return next();
  });
};

import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { errors } from '@strapi/utils';

import type { Story } from '../../../shared/contracts/story';
import { sendConditional } from '../delivery/conditional-response';
import { parseStoryQuery, parseStorySlug } from '../delivery/public-query';
import { publicBaseUrl } from '../platform/public-url';
import { getService } from '../services/get-service';

type Format = (story: Story, options: { baseUrl: string }) => unknown;

/**
 * One published story in another format, as a controller of its own whose only action is
 * `findOne`: Strapi's read-only API tokens may call exactly the actions named find/findOne, and
 * the users-permissions panel lists each format as a permission of its own.
 */
export const createStoryFormatController =
  (contentType: string, format: Format) =>
  ({ strapi }: { strapi: Core.Strapi }) => ({
    async findOne(ctx: Context) {
      parseStoryQuery(ctx.query);
      const slug = parseStorySlug(ctx.params.slug);
      const found = await getService('published-stories', { strapi }).findBySlugWithLastModified(slug);
      if (!found) throw new errors.NotFoundError(`No published story has the slug "${slug}".`);
      sendConditional(ctx, format(found.story as Story, { baseUrl: publicBaseUrl(strapi) }), found.lastModified);
      ctx.type = contentType;
    },
  });

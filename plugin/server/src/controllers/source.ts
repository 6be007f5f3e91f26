import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { errors } from '@strapi/utils';

import { STORY_SUMMARY_FIELDS } from '../delivery/published-sources';
import { NO_SUCH_SOURCE, parseSourceDocumentId, parseSourceListQuery, parseSourceQuery } from '../delivery/source-query';
import { sendConditional } from '../delivery/conditional-response';
import { getService } from '../services/get-service';

const sourceController = ({ strapi }: { strapi: Core.Strapi }) => {
  const sources = () => getService('published-sources', { strapi });

  return {
    async find(ctx: Context) {
      const { data, meta, lastModified } = await sources().findPage(parseSourceListQuery(ctx.query));
      sendConditional(ctx, { data, meta }, lastModified);
    },

    async findOne(ctx: Context) {
      const query = parseSourceQuery(ctx.query);
      const documentId = parseSourceDocumentId(ctx.params.documentId);
      const found = await sources().findOneWithStories(documentId, query, STORY_SUMMARY_FIELDS);
      if (!found) throw new errors.NotFoundError(NO_SUCH_SOURCE);
      sendConditional(ctx, { data: found.source, meta: found.meta }, found.lastModified);
    },
  };
};

export default sourceController;

import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { STORY_SUMMARY_FIELDS } from '../delivery/published-sources';
import { NO_SUCH_SOURCE, parseSourceDocumentId, parseSourceListQuery, parseSourceQuery } from '../delivery/source-query';
import { sendConditional } from '../utils/conditional-response';

const sourceController = ({ strapi }: { strapi: Core.Strapi }) => {
  const sources = () => strapi.plugin('newsroom').service('published-sources');

  return {
    async find(ctx: any) {
      const { data, meta, lastModified } = await sources().findPage(parseSourceListQuery(ctx.query));
      sendConditional(ctx, { data, meta }, lastModified);
    },

    async findOne(ctx: any) {
      const query = parseSourceQuery(ctx.query);
      const documentId = parseSourceDocumentId(ctx.params.documentId);
      const found = await sources().findOneWithStories(documentId, query, STORY_SUMMARY_FIELDS);
      if (!found) throw new errors.NotFoundError(NO_SUCH_SOURCE);
      sendConditional(ctx, { data: found.source, meta: found.meta }, found.lastModified);
    },
  };
};

export default sourceController;

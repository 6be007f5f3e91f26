import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import type { Story } from '../../../shared/contracts/story';
import { toJsonLd } from '../formats/jsonld';
import { toNinjs } from '../formats/ninjs';
import { sendConditional } from '../utils/conditional-response';
import { parseStoryListQuery, parseStoryQuery, parseStorySlug } from '../utils/public-query';

const storyController = ({ strapi }: { strapi: Core.Strapi }) => {
  const stories = () => strapi.plugin('newsroom').service('published-stories');

  /** The public address of this site: `server.url` when configured, else the request's origin. */
  const baseUrlOf = (ctx: any): string => {
    const configured = strapi.config.get('server.url') as string | undefined;
    return configured && /^https?:\/\//.test(configured) ? configured : ctx.request.origin;
  };

  const sendStoryAs = async (ctx: any, type: string, format: (story: Story, baseUrl: string) => unknown) => {
    parseStoryQuery(ctx.query);
    const slug = parseStorySlug(ctx.params.slug);
    const found = await stories().findBySlugWithLastModified(slug);
    if (!found) throw new errors.NotFoundError(`No published story has the slug "${slug}".`);
    sendConditional(ctx, format(found.story as Story, baseUrlOf(ctx)), found.lastModified);
    ctx.type = type;
  };

  return {
    async find(ctx: any) {
      const query = parseStoryListQuery(ctx.query);
      const { data, meta, lastModified } = await stories().findPage(query);
      sendConditional(ctx, { data, meta }, lastModified);
    },

    async findOne(ctx: any) {
      const { fields } = parseStoryQuery(ctx.query);
      const slug = parseStorySlug(ctx.params.slug);
      const found = await stories().findBySlugWithLastModified(slug, fields);
      if (!found) throw new errors.NotFoundError(`No published story has the slug "${slug}".`);
      sendConditional(ctx, { data: found.story, meta: {} }, found.lastModified);
    },

    /** IPTC ninjs 3.1. */
    async ninjs(ctx: any) {
      await sendStoryAs(ctx, 'application/json; charset=utf-8', (story, baseUrl) => toNinjs(story, { baseUrl }));
    },

    /** schema.org NewsArticle as JSON-LD. */
    async jsonld(ctx: any) {
      await sendStoryAs(ctx, 'application/ld+json; charset=utf-8', (story, baseUrl) => toJsonLd(story, { baseUrl }));
    },
  };
};

export default storyController;

import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { blocksToText } from '../../../shared/attribution';
import type { BlockNode } from '../../../shared/contracts/story';
import { STORY_UID } from '../../../shared/constants';

const textOf = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Characters of story text the engine reads: headline, standfirst, body. */
export const storyTextLength = (story: { headline?: unknown; standfirst?: unknown; body?: unknown }): number =>
  textOf(story.headline).length + textOf(story.standfirst).length + (Array.isArray(story.body) ? blocksToText(story.body as BlockNode[]).length : 0);

export const tooLongMessage = (length: number, limit: number) =>
  `The story's text is ${length} characters; the limit is ${limit} (newsroom config maxStoryTextChars).`;

/** A story whose text is over `maxStoryTextChars` is not saved: 413 naming the limit, nothing written. */
export const registerStoryTextCap = (strapi: Core.Strapi) => {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== STORY_UID || (context.action !== 'create' && context.action !== 'update')) return next();
    const data = (context.params as { data?: Record<string, unknown> }).data;
    const limit = strapi.config.get('plugin::newsroom.maxStoryTextChars') as number;
    const length = data ? storyTextLength(data) : 0;
    if (length > limit) throw new errors.PayloadTooLargeError(tooLongMessage(length, limit), { limit, length });
    return next();
  });
};

import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { STORY_UID } from '../../../shared/constants';

// `any`: Strapi's query engine returns untyped rows without generated types.
type Row = Record<string, any>;

/** Story attributes the engine reads: whoever may not read one of them may not read its findings. */
const CHECKED_FIELDS = ['headline', 'standfirst', 'body', 'byline', 'quotes', 'statistics', 'sources', 'photoCaptions'];

/**
 * Refusals are PolicyErrors (403): Strapi replaces any other ForbiddenError thrown behind its
 * authorization with a bare "Forbidden", and the editor should read why.
 *
 * The Content Manager's own permission checker for stories, as an admin user holds it: the read
 * (or publish) action, its conditions (an Author reads only what they created) and its field
 * restrictions. The plugin's admin routes answer through this, so they show no story the Content
 * Manager would refuse.
 */
export const storyPermissions = (strapi: Core.Strapi, userAbility: unknown) => {
  const checker = strapi
    .plugin('content-manager')
    .service('permission-checker')
    .create({ userAbility, model: STORY_UID });
  const storyAttributes = Object.keys(strapi.contentType(STORY_UID).attributes);
  const checkedFields = CHECKED_FIELDS.filter((field) => storyAttributes.includes(field));

  /** The draft row with what conditions look at (its scalar fields, its creator and last editor). */
  const loadDraftRow = (documentId: string): Promise<Row | null> =>
    strapi.db.query(STORY_UID).findOne({
      where: { documentId, publishedAt: null },
      populate: { createdBy: { select: ['id'] }, updatedBy: { select: ['id'] } },
    });

  return {
    /** Throws 404 for a story that does not exist, 403 for one the user may not read (or act on) in full. */
    async assertMay(documentId: string, action: 'read' | 'publish' = 'read'): Promise<void> {
      const row = await loadDraftRow(documentId);
      if (!row) throw new errors.NotFoundError(`No story has the documentId "${documentId}".`);
      if (checker.cannot[action](row)) throw new errors.PolicyError(`Your role may not ${action} this story.`);
      const hidden = checkedFields.filter((field) => checker.cannot.read(row, field));
      if (hidden.length > 0) {
        throw new errors.PolicyError(`Your role may not read these fields of the story, which its findings quote: ${hidden.join(', ')}.`);
      }
    },

    /** Throws 403 unless the user may create stories in the Content Manager (an import creates one). */
    assertMayCreate(): void {
      if (checker.cannot.create()) throw new errors.PolicyError('Your role may not create stories.');
    },

    /** documentIds of the stories the user may read, or null when the user may read them all. */
    async readableStoryIds(): Promise<string[] | null> {
      if (checker.cannot.read()) return [];
      if (!checker.requiresEntity.read()) return null;
      const { filters } = await checker.sanitizedQuery.read({});
      // `as never`: the checker's sanitized filters are untyped; Strapi's own admin passes them the same way.
      const rows = await strapi.documents(STORY_UID).findMany({ filters: filters as never, status: 'draft', fields: ['documentId'] });
      return rows.map((row) => row.documentId);
    },

    /** Whether the user may read the headline of each story (by documentId). */
    async headlineReadable(documentIds: string[]): Promise<Set<string>> {
      const rows: Row[] = await strapi.db.query(STORY_UID).findMany({
        where: { documentId: { $in: documentIds }, publishedAt: null },
        populate: { createdBy: { select: ['id'] }, updatedBy: { select: ['id'] } },
      });
      return new Set(rows.filter((row) => checker.can.read(row, 'headline')).map((row) => row.documentId as string));
    },
  };
};

export type StoryPermissions = ReturnType<typeof storyPermissions>;

const RECORD_NAMES: Record<string, string> = {
  'plugin::newsroom.quote': 'quotes',
  'plugin::newsroom.source': 'sources',
  'plugin::newsroom.statistic': 'figures',
};

/**
 * The Content Manager's checker for one of a story's records (quote, source, figure): whether the
 * user may create one, or update a given one (its conditions seen on the row).
 */
export const recordPermissions = (strapi: Core.Strapi, userAbility: unknown, uid: string) => {
  const checker = strapi.plugin('content-manager').service('permission-checker').create({ userAbility, model: uid });
  const name = RECORD_NAMES[uid] ?? uid;
  return {
    assertMayCreate(): void {
      if (checker.cannot.create()) throw new errors.PolicyError(`Your role may not create ${name}.`);
    },
    async assertMayUpdate(documentId: string): Promise<void> {
      // Quotes, sources and figures have no draft & publish: one row per document.
      const row: Row | null = await strapi.db.query(uid).findOne({
        where: { documentId },
        populate: { createdBy: { select: ['id'] }, updatedBy: { select: ['id'] } },
      });
      if (!row) throw new errors.NotFoundError(`No record of ${name} has the documentId "${documentId}".`);
      if (checker.cannot.update(row) || checker.cannot.update(row, 'text')) throw new errors.PolicyError(`Your role may not edit these ${name}.`);
    },
  };
};

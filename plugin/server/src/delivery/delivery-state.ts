import type { Core } from '@strapi/strapi';

import { PHOTO_CAPTION_UID, QUOTE_UID, SOURCE_UID, STATISTIC_UID, STORY_UID } from '../utils/uids';

export const DELIVERY_STATE_UID = 'plugin::newsroom.delivery-state';

/** What consumers receive is made of these; any write to them makes cached stories stale. */
const SERVED_UIDS = new Set([STORY_UID, QUOTE_UID, SOURCE_UID, STATISTIC_UID, PHOTO_CAPTION_UID]);
const WRITE_ACTIONS = new Set(['create', 'update', 'delete', 'clone', 'publish', 'unpublish', 'discardDraft']);

export interface DeliveryState {
  /** Increases with every write to served content, on whichever instance made it. */
  generation: string;
  /** Whether the public role may read one story (users-permissions `findOne`). */
  publicMayReadStory: boolean;
  /** Whether the public role may list stories (users-permissions `find`). */
  publicMayListStories: boolean;
}

const STATE_ON_REQUEST = Symbol('newsroom delivery state');

/** Remembers the state the fast path read for a request it hands to Strapi, so Strapi's side need not read it again. */
export const rememberDeliveryState = (req: object, state: DeliveryState) => {
  (req as Record<symbol, DeliveryState>)[STATE_ON_REQUEST] = state;
};

export const deliveryStateOf = (req: object | undefined): DeliveryState | undefined =>
  req ? (req as Record<symbol, DeliveryState | undefined>)[STATE_ON_REQUEST] : undefined;

/**
 * One SQL statement that tells a cached story is still what the database would give, and that
 * the public may still read it. Table names come from Strapi's metadata, not from guesses.
 */
export const createDeliveryStateReader = (strapi: Core.Strapi) => {
  const metadata = strapi.db.metadata;
  const states = metadata.get(DELIVERY_STATE_UID).tableName;
  const permission = metadata.get('plugin::users-permissions.permission');
  const roles = metadata.get('plugin::users-permissions.role').tableName;
  const roleLink = (permission.attributes.role as any).joinTable;
  const publicMay = `(SELECT COUNT(*) FROM ${permission.tableName} p
         JOIN ${roleLink.name} l ON l.${roleLink.joinColumn.name} = p.id
         JOIN ${roles} r ON r.id = l.${roleLink.inverseJoinColumn.name}
       WHERE r.type = 'public' AND p.action = ?)`;
  const sql = `SELECT (SELECT MAX(generation) FROM ${states}) AS generation, ${publicMay} AS may_read, ${publicMay} AS may_list`;

  return async (): Promise<DeliveryState> => {
    const result = await strapi.db.connection.raw(sql, ['plugin::newsroom.story.findOne', 'plugin::newsroom.story.find']);
    const row = Array.isArray(result) ? result[0] : result.rows[0];
    return {
      generation: String(row.generation ?? '0'),
      publicMayReadStory: Number(row.may_read) > 0,
      publicMayListStories: Number(row.may_list) > 0,
    };
  };
};

/** The state row exists from the first start on (racing instances may add one each: MAX reads them all). */
export const ensureDeliveryState = async (strapi: Core.Strapi) => {
  const states = strapi.db.query(DELIVERY_STATE_UID as any);
  if ((await states.count()) === 0) await states.create({ data: { generation: '0' } });
};

/**
 * After every document-service write to served content, the generation increases, atomically
 * and inside the writer's transaction, so a reader never sees new content with an old number.
 */
export const registerGenerationBump = (strapi: Core.Strapi) => {
  strapi.documents.use(async (context, next) => {
    const result = await next();
    if (SERVED_UIDS.has(context.uid) && WRITE_ACTIONS.has(context.action)) {
      await strapi.db.queryBuilder(DELIVERY_STATE_UID as any).update({}).increment('generation', 1).execute();
    }
    return result;
  });
};

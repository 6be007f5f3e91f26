import type { IncomingMessage } from 'http';

import type { Core } from '@strapi/strapi';

import { DELIVERY_STATE_UID, SERVED_UIDS, SOURCE_READ_ACTIONS, STORY_READ_ACTIONS, isDocumentWrite } from '../../../shared/constants';
import { linkTableOf, tableOf } from '../platform/link-tables';

const PERMISSION_UID = 'plugin::users-permissions.permission';
const ROLE_UID = 'plugin::users-permissions.role';

const isServed = (uid: string) => (SERVED_UIDS as readonly string[]).includes(uid);

export interface DeliveryState {
  /** Increases with every write to served content, on whichever instance made it. */
  generation: string;
  /** Whether the public role may read one story (users-permissions `findOne`). */
  publicMayReadStory: boolean;
  /** Whether the public role may list stories (users-permissions `find`). */
  publicMayListStories: boolean;
  /** Whether the public role may read one source with its stories (`source.findOne`). */
  publicMayReadSource: boolean;
  /** Whether the public role may list sources (`source.find`). */
  publicMayListSources: boolean;
}

/**
 * The state the story fast path read for a request it then handed to Strapi, so the controller
 * can pass its generation to the service instead of reading it again. Keyed by the request
 * object; entries go with the request.
 */
const readForRequest = new WeakMap<IncomingMessage, DeliveryState>();

export const rememberDeliveryState = (req: IncomingMessage, state: DeliveryState) => {
  readForRequest.set(req, state);
};

/** The delivery generation the fast path read for this request, if it read one. */
export const knownGeneration = (req: IncomingMessage): string | undefined => readForRequest.get(req)?.generation;

/**
 * One SQL statement that tells a cached story is still what the database would give, and that
 * the public may still read it. Table names come from Strapi's metadata, not from guesses.
 */
export const createDeliveryStateReader = (strapi: Core.Strapi) => {
  const states = tableOf(strapi, DELIVERY_STATE_UID);
  const permissions = tableOf(strapi, PERMISSION_UID);
  const roles = tableOf(strapi, ROLE_UID);
  const roleLink = linkTableOf(strapi, PERMISSION_UID, 'role');
  const publicMay = `(SELECT COUNT(*) FROM ${permissions} p
         JOIN ${roleLink.name} l ON l.${roleLink.ownerColumn} = p.id
         JOIN ${roles} r ON r.id = l.${roleLink.relatedColumn}
       WHERE r.type = 'public' AND p.action = ?)`;
  const sql = `SELECT (SELECT MAX(generation) FROM ${states}) AS generation, ${publicMay} AS may_read, ${publicMay} AS may_list,
       ${publicMay} AS may_read_source, ${publicMay} AS may_list_source`;
  const actions = [STORY_READ_ACTIONS.read, STORY_READ_ACTIONS.list, SOURCE_READ_ACTIONS.read, SOURCE_READ_ACTIONS.list];

  return async (): Promise<DeliveryState> => {
    const result = await strapi.db.connection.raw(sql, actions);
    const row = Array.isArray(result) ? result[0] : result.rows[0];
    return {
      generation: String(row.generation ?? '0'),
      publicMayReadStory: Number(row.may_read) > 0,
      publicMayListStories: Number(row.may_list) > 0,
      publicMayReadSource: Number(row.may_read_source) > 0,
      publicMayListSources: Number(row.may_list_source) > 0,
    };
  };
};

/** The state row exists from the first start on (racing instances may add one each: MAX reads them all). */
export const ensureDeliveryState = async (strapi: Core.Strapi) => {
  const states = strapi.db.query(DELIVERY_STATE_UID);
  if ((await states.count()) === 0) await states.create({ data: { generation: '0' } });
};

/**
 * After every document-service write to served content, the generation increases, atomically
 * and inside the writer's transaction, so a reader never sees new content with an old number.
 */
export const registerGenerationBump = (strapi: Core.Strapi) => {
  strapi.documents.use(async (context, next) => {
    const result = await next();
    if (isServed(context.uid) && isDocumentWrite(context.action)) {
      await strapi.db.queryBuilder(DELIVERY_STATE_UID).update({}).increment('generation', 1).execute();
    }
    return result;
  });
};

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

/** Which public permission each field of the state reports. */
const STATE_ACTIONS = {
  publicMayReadStory: STORY_READ_ACTIONS.read,
  publicMayListStories: STORY_READ_ACTIONS.list,
  publicMayReadSource: SOURCE_READ_ACTIONS.read,
  publicMayListSources: SOURCE_READ_ACTIONS.list,
} as const;

type PermissionField = keyof typeof STATE_ACTIONS;

export const STORY_PERMISSION_FIELDS: PermissionField[] = ['publicMayReadStory', 'publicMayListStories'];
export const ALL_PERMISSION_FIELDS = Object.keys(STATE_ACTIONS) as PermissionField[];

/**
 * One SQL statement that tells a cached story is still what the database would give, and that
 * the public may still read it: the delivery generation and the public permissions in `fields`
 * (one pass over the public role's permissions; the others read as false; none: the
 * generation alone). Every public read
 * waits on this statement (readAfterArrival runs one at a time), so each fast path asks only for
 * what it checks: with a subquery for each of four permissions on every story read, `npm run
 * bench` served a fifth fewer stories a second. Table names come from Strapi's metadata.
 */
export const createDeliveryStateReader = (strapi: Core.Strapi, fields: PermissionField[] = ALL_PERMISSION_FIELDS) => {
  const states = tableOf(strapi, DELIVERY_STATE_UID);
  const permissions = tableOf(strapi, PERMISSION_UID);
  const roles = tableOf(strapi, ROLE_UID);
  const roleLink = linkTableOf(strapi, PERMISSION_UID, 'role');
  const actions = fields.map((field) => STATE_ACTIONS[field]);
  const granted = fields.map((_, index) => `SUM(CASE WHEN p.action = ? THEN 1 ELSE 0 END) AS may_${index}`);
  const sql =
    fields.length === 0
      ? `SELECT MAX(generation) AS generation FROM ${states}`
      : `SELECT (SELECT MAX(generation) FROM ${states}) AS generation, ${granted.join(', ')}
     FROM ${permissions} p
       JOIN ${roleLink.name} l ON l.${roleLink.ownerColumn} = p.id
       JOIN ${roles} r ON r.id = l.${roleLink.relatedColumn}
     WHERE r.type = 'public' AND p.action IN (${actions.map(() => '?').join(', ')})`;
  const bindings = [...actions, ...actions];

  return async (): Promise<DeliveryState> => {
    const result = await strapi.db.connection.raw(sql, bindings);
    const row = Array.isArray(result) ? result[0] : result.rows[0];
    const state: DeliveryState = {
      generation: String(row.generation ?? '0'),
      publicMayReadStory: false,
      publicMayListStories: false,
      publicMayReadSource: false,
      publicMayListSources: false,
    };
    fields.forEach((field, index) => {
      state[field] = Number(row[`may_${index}`]) > 0;
    });
    return state;
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

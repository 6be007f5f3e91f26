import type { Core } from '@strapi/strapi';

import { STORY_UID } from '../../../shared/constants';

const FILE_UID = 'plugin::upload.file';
const NEWSROOM_PREFIX = 'plugin::newsroom.';
const FILE_READ_ROUTES = new Set(['/files', '/files/page', '/files/:id']);

type Row = Record<string, unknown>;

/** The polymorphic link table of upload's `related` attribute, as Strapi's metadata describes it. */
interface MorphJoinTable {
  name: string;
  joinColumn: { name: string };
  morphColumn: { idColumn: { name: string }; typeColumn: { name: string } };
}

interface ResponseContext {
  status: number;
  body: unknown;
}

/**
 * Media that only a newsroom draft uses is as unpublished as the draft: a photo for an embargoed
 * story must not be listed to API tokens or the public by Strapi's upload routes
 * (`GET /api/upload/files`, `/files/page`, `/files/:id`). A file is hidden when every record linking
 * to it is a newsroom record that no published story shows; files other content uses, and files no
 * record uses yet, stay as Strapi lists them. GraphQL's root `uploadFiles`/`uploadFile` queries are
 * switched off (newsroom images reach consumers inside published stories).
 */
const createDraftOnlyFileFilter = (strapi: Core.Strapi) => {
  /**
   * Which of these newsroom records a published story shows: a story row that is published, or a
   * record (caption, quote…, which have no draft state of their own) linked to a published story row.
   */
  const publishedIds = async (uid: string, ids: number[]): Promise<number[]> => {
    const stories = strapi.db.query(STORY_UID);
    if (uid === STORY_UID) {
      const rows: Row[] = await stories.findMany({ where: { id: { $in: ids }, publishedAt: { $notNull: true } }, select: ['id'] });
      return rows.map((row) => Number(row.id));
    }
    const attributes = strapi.contentType(STORY_UID).attributes as Record<string, { type: string; target?: string }>;
    const field = Object.keys(attributes).find((name) => attributes[name].type === 'relation' && attributes[name].target === uid);
    if (!field) return [];
    const rows: Row[] = await stories.findMany({
      where: { publishedAt: { $notNull: true }, [field]: { id: { $in: ids } } },
      populate: { [field]: { select: ['id'] } },
    });
    const wanted = new Set(ids);
    return rows.flatMap((row) => ([] as Row[]).concat((row[field] as Row | Row[] | null) ?? [])).map((linked) => Number(linked.id)).filter((id) => wanted.has(id));
  };

  const draftOnlyFileIds = async (fileIds: number[]): Promise<Set<number>> => {
    if (fileIds.length === 0) return new Set();
    const link = (strapi.db.metadata.get(FILE_UID).attributes.related as unknown as { joinTable: MorphJoinTable }).joinTable;
    const links: Row[] = await strapi.db
      .connection(link.name)
      .select({ fileId: link.joinColumn.name, relatedId: link.morphColumn.idColumn.name, relatedType: link.morphColumn.typeColumn.name })
      .whereIn(link.joinColumn.name, fileIds);
    const published = new Set<string>();
    const newsroomLinks = links.filter((row) => String(row.relatedType).startsWith(NEWSROOM_PREFIX));
    for (const uid of new Set(newsroomLinks.map((row) => row.relatedType as string))) {
      const ids = newsroomLinks.filter((row) => row.relatedType === uid).map((row) => Number(row.relatedId));
      for (const id of await publishedIds(uid, ids)) published.add(`${uid}:${id}`);
    }
    const hidden = new Set<number>();
    for (const fileId of fileIds) {
      const own = links.filter((row) => Number(row.fileId) === fileId);
      const draftOnly =
        own.length > 0 && own.every((row) => String(row.relatedType).startsWith(NEWSROOM_PREFIX) && !published.has(`${row.relatedType}:${row.relatedId}`));
      if (draftOnly) hidden.add(fileId);
    }
    return hidden;
  };

  const hideDraftOnlyFiles = async (ctx: ResponseContext, next: () => Promise<unknown>) => {
    await next();
    if (ctx.status !== 200 || !ctx.body || typeof ctx.body !== 'object') return;
    const body = ctx.body as Row | Row[];
    const files: Row[] | null = Array.isArray(body) ? body : Array.isArray(body.results) ? (body.results as Row[]) : null;
    if (files) {
      const hidden = await draftOnlyFileIds(files.map((file) => Number(file.id)));
      const kept = files.filter((file) => !hidden.has(Number(file.id)));
      if (Array.isArray(body)) ctx.body = kept;
      else ctx.body = { ...body, results: kept };
    } else if ((await draftOnlyFileIds([Number((body as Row).id)])).size > 0) {
      ctx.status = 404;
      ctx.body = { data: null, error: { status: 404, name: 'NotFoundError', message: 'Not Found', details: {} } };
    }
  };
  return hideDraftOnlyFiles;
};

interface RouteLike {
  method?: string;
  path?: string;
  config?: { middlewares?: unknown[] };
}

/** In register: upload's content-API read routes get the filter as a route middleware. */
export const registerDraftMediaGuard = (strapi: Core.Strapi) => {
  // `any`: a plugin's routers are either route lists or factories, and Strapi types them as any.
  const routers = (strapi.plugin('upload') as { routes?: Record<string, any> } | undefined)?.routes;
  const router = routers?.['content-api'];
  if (!router) return;
  const filter = createDraftOnlyFileFilter(strapi);
  const patched = new WeakSet<RouteLike>();
  const patch = (built: { routes?: RouteLike[] }) => {
    for (const route of built?.routes ?? []) {
      if (route.method !== 'GET' || !FILE_READ_ROUTES.has(route.path ?? '') || patched.has(route)) continue;
      patched.add(route);
      route.config = { ...route.config, middlewares: [filter, ...(route.config?.middlewares ?? [])] };
    }
    return built;
  };
  if (typeof router !== 'function') patch(router);
  // Strapi's content-API route factories hand out one shared route list (a `.routes` getter).
  else if (Array.isArray(router.routes)) patch(router({ strapi }));
  else routers['content-api'] = (...args: unknown[]) => patch(router(...args));
  disableGraphqlFileQueries(strapi);
};

/** Before the GraphQL schema is built: no root query lists or reads files. */
const disableGraphqlFileQueries = (strapi: Core.Strapi) => {
  const graphql = strapi.plugin('graphql');
  if (graphql) graphql.service('extension').shadowCRUD(FILE_UID).disableQueries();
};

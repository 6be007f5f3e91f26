import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

import { QUOTE_UID, SOURCE_UID, STATISTIC_UID, STORY_UID } from '../../../shared/constants';
import type { Source } from '../../../shared/contracts/story';
import { columnOf, linkTableOf, tableOf } from '../platform/link-tables';
import { getService } from '../services/get-service';
import type { StoryField } from './public-query';
import type { PartialStory, StoryPage } from './published-stories';
import type { SourceListQuery, SourceQuery } from './source-query';
import { toPublicSource } from './to-public-story';

// `any`: knex types raw SQL rows as any; toSource gives them their shape.
type Row = Record<string, any>;

export interface SourcePage {
  data: Source[];
  meta: { pagination: { page: number; pageSize: number; pageCount: number; total: number } };
  lastModified: number;
}

const time = (value: unknown) => (value ? new Date(value as string).getTime() || 0 : 0);

/** `%` and `_` in a search are letters, not wildcards. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** What a source page lists of each story over REST; GraphQL lets the caller choose. */
export const STORY_SUMMARY_FIELDS: StoryField[] = ['headline', 'standfirst', 'section', 'tags', 'publishedAt'];

export interface SourceWithStories {
  source: Source & { stories: PartialStory[] };
  meta: StoryPage['meta'];
  lastModified: number;
}

/** The source attributes a consumer receives (plus `updatedAt`, for Last-Modified), as selected. */
const SOURCE_ATTRIBUTES = ['documentId', 'name', 'kind', 'title', 'description', 'updatedAt'] as const;
const AFFILIATION_ATTRIBUTES = ['documentId', 'name', 'kind', 'title', 'updatedAt'] as const;

/**
 * Sources as consumers see them: only those that a published story quotes, cites for a figure or
 * lists (the same three links as the story list's `source` filter), with their public fields.
 * A source that only drafts use does not exist here. Reads through the tables, link tables and
 * columns Strapi's metadata names (platform/link-tables.ts), in two SQL statements per page.
 */
export const createPublishedSources = (strapi: Core.Strapi) => {
  const link = (uid: string, attribute: string) => linkTableOf(strapi, uid, attribute);
  const table = (uid: string) => tableOf(strapi, uid);
  const column = (uid: string, attribute: string) => columnOf(strapi, uid, attribute);
  const knex = () => strapi.db.connection;
  const sourceId = () => `t.${column(SOURCE_UID, 'id')}`;

  const publishedStoryIds = () =>
    knex()(table(STORY_UID)).whereNotNull(column(STORY_UID, 'publishedAt')).select(column(STORY_UID, 'id'));

  /** Source ids that a record of `uid` (a quote, a figure) points at through `attribute`, in a published story. */
  const citedBy = (uid: string, attribute: string) => {
    const cited = link(uid, attribute);
    const inStory = link(uid, 'story');
    return knex()(`${cited.name} as c`)
      .join(`${inStory.name} as s`, `s.${inStory.ownerColumn}`, `c.${cited.ownerColumn}`)
      .whereIn(`s.${inStory.relatedColumn}`, publishedStoryIds())
      .select(`c.${cited.relatedColumn}`);
  };

  const listedByStories = () => {
    const listed = link(STORY_UID, 'sources');
    return knex()(listed.name).whereIn(listed.ownerColumn, publishedStoryIds()).select(listed.relatedColumn);
  };

  const publicSources = (search?: string) => {
    const query = knex()(`${table(SOURCE_UID)} as t`).where((inPublished: Knex.QueryBuilder) => {
      void inPublished
        .whereIn(sourceId(), citedBy(QUOTE_UID, 'speaker'))
        .orWhereIn(sourceId(), citedBy(STATISTIC_UID, 'source'))
        .orWhereIn(sourceId(), listedByStories());
    });
    if (!search) return query;
    // ILIKE ignores case in any alphabet; SQLite's LIKE ignores the case of ASCII letters only.
    const like = strapi.db.dialect.client === 'postgres' ? 'ILIKE' : 'LIKE';
    return query.whereRaw(`?? ${like} ? ESCAPE '\\'`, [`t.${column(SOURCE_UID, 'name')}`, likePattern(search)]);
  };

  /** Selects the source's attributes (aliased to their names) and its affiliation's (prefixed `aff_`). */
  const withAffiliation = (query: Knex.QueryBuilder) => {
    const affiliation = link(SOURCE_UID, 'affiliation');
    return query
      .leftJoin(`${affiliation.name} as al`, `al.${affiliation.ownerColumn}`, sourceId())
      .leftJoin(`${table(SOURCE_UID)} as a`, `a.${column(SOURCE_UID, 'id')}`, `al.${affiliation.relatedColumn}`)
      .select(
        ...SOURCE_ATTRIBUTES.map((attribute) => `t.${column(SOURCE_UID, attribute)} as ${attribute}`),
        ...AFFILIATION_ATTRIBUTES.map((attribute) => `a.${column(SOURCE_UID, attribute)} as aff_${attribute}`)
      );
  };

  const toSource = (row: Row) =>
    toPublicSource({
      ...row,
      affiliation: row.aff_documentId
        ? { documentId: row.aff_documentId, name: row.aff_name, kind: row.aff_kind, title: row.aff_title }
        : null,
    });

  const lastModifiedOf = (rows: Row[]) => rows.reduce((max, row) => Math.max(max, time(row.updatedAt), time(row.aff_updatedAt)), 0);

  return {
    /** Sources of published stories by name, A to Z. */
    async findPage({ page, pageSize, q }: Pick<SourceListQuery, 'page' | 'pageSize' | 'q'>): Promise<SourcePage> {
      const [rows, [{ total }]] = await Promise.all([
        withAffiliation(publicSources(q))
          .orderBy([
            { column: `t.${column(SOURCE_UID, 'name')}`, order: 'asc' },
            { column: sourceId(), order: 'asc' },
          ])
          .offset((page - 1) * pageSize)
          .limit(pageSize),
        publicSources(q).count({ total: '*' }),
      ]);
      const count = Number(total);
      return {
        data: rows.map(toSource),
        meta: { pagination: { page, pageSize, pageCount: Math.ceil(count / pageSize), total: count } },
        lastModified: lastModifiedOf(rows),
      };
    },

    /** One source of a published story, or null (unknown, or used by drafts only). */
    async findOne(documentId: string): Promise<{ source: Source; lastModified: number } | null> {
      const [row] = await withAffiliation(publicSources().where(`t.${column(SOURCE_UID, 'documentId')}`, documentId)).limit(1);
      return row ? { source: toSource(row), lastModified: lastModifiedOf([row]) } : null;
    },

    /** The source and a page of the published stories that quote, cite or list it, newest first. */
    async findOneWithStories(
      documentId: string,
      { page, pageSize }: Pick<SourceQuery, 'page' | 'pageSize'>,
      fields?: StoryField[]
    ): Promise<SourceWithStories | null> {
      const found = await this.findOne(documentId);
      if (!found) return null;
      const stories = await getService('published-stories', { strapi }).findPage({ source: documentId, sort: 'publishedAt:desc', page, pageSize, fields });
      return {
        source: { ...found.source, stories: stories.data },
        meta: stories.meta,
        lastModified: Math.max(found.lastModified, stories.lastModified),
      };
    },
  };
};

const publishedSources = ({ strapi }: { strapi: Core.Strapi }) => createPublishedSources(strapi);

export default publishedSources;

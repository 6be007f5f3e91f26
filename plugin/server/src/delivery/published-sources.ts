import type { Core } from '@strapi/strapi';

import type { Source } from '../../../shared/contracts/story';
import { QUOTE_UID, SOURCE_UID, STATISTIC_UID, STORY_UID } from '../utils/uids';
import { toPublicSource } from '../utils/to-public-story';
import type { PartialStory, StoryPage } from '../services/published-stories';
import type { StoryField } from '../utils/public-query';
import type { SourceListQuery, SourceQuery } from './source-query';

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

/**
 * Sources as consumers see them: only those that a published story quotes, cites for a figure or
 * lists (the same three links as the story list's `source` filter), with their public fields.
 * A source that only drafts use does not exist here. Reads through the link tables Strapi's
 * metadata names, in two SQL statements per page.
 */
export const createPublishedSources = (strapi: Core.Strapi) => {
  const metadata = strapi.db.metadata;
  const link = (uid: string, attribute: string) => (metadata.get(uid as any).attributes[attribute] as any).joinTable;
  const table = (uid: string) => metadata.get(uid as any).tableName;
  const knex = () => strapi.db.connection;

  const publishedStoryIds = () => knex()(table(STORY_UID)).whereNotNull('published_at').select('id');

  /** Source ids that a record of `uid` (a quote, a figure) points at through `attribute`, in a published story. */
  const citedBy = (uid: string, attribute: string) => {
    const cited = link(uid, attribute);
    const inStory = link(uid, 'story');
    return knex()(`${cited.name} as c`)
      .join(`${inStory.name} as s`, `s.${inStory.joinColumn.name}`, `c.${cited.joinColumn.name}`)
      .whereIn(`s.${inStory.inverseJoinColumn.name}`, publishedStoryIds())
      .select(`c.${cited.inverseJoinColumn.name}`);
  };

  const listedByStories = () => {
    const listed = link(STORY_UID, 'sources');
    return knex()(listed.name).whereIn(listed.joinColumn.name, publishedStoryIds()).select(listed.inverseJoinColumn.name);
  };

  const publicSources = (search?: string) => {
    const query = knex()(`${table(SOURCE_UID)} as t`).where((inPublished: any) =>
      inPublished
        .whereIn('t.id', citedBy(QUOTE_UID, 'speaker'))
        .orWhereIn('t.id', citedBy(STATISTIC_UID, 'source'))
        .orWhereIn('t.id', listedByStories())
    );
    if (!search) return query;
    // ILIKE ignores case in any alphabet; SQLite's LIKE ignores the case of ASCII letters only.
    const like = strapi.db.dialect.client === 'postgres' ? 'ILIKE' : 'LIKE';
    return query.whereRaw(`t.name ${like} ? ESCAPE '\\'`, [likePattern(search)]);
  };

  const withAffiliation = (query: any) => {
    const affiliation = link(SOURCE_UID, 'affiliation');
    return query
      .leftJoin(`${affiliation.name} as al`, `al.${affiliation.joinColumn.name}`, 't.id')
      .leftJoin(`${table(SOURCE_UID)} as a`, 'a.id', `al.${affiliation.inverseJoinColumn.name}`)
      .select(
        't.document_id as documentId', 't.name', 't.kind', 't.title', 't.description', 't.updated_at as updatedAt',
        'a.document_id as affDocumentId', 'a.name as affName', 'a.kind as affKind', 'a.title as affTitle', 'a.updated_at as affUpdatedAt'
      );
  };

  const toSource = (row: Row) =>
    toPublicSource({
      ...row,
      affiliation: row.affDocumentId ? { documentId: row.affDocumentId, name: row.affName, kind: row.affKind, title: row.affTitle } : null,
    });

  const lastModifiedOf = (rows: Row[]) => rows.reduce((max, row) => Math.max(max, time(row.updatedAt), time(row.affUpdatedAt)), 0);

  return {
    /** Sources of published stories by name, A to Z. */
    async findPage({ page, pageSize, q }: Pick<SourceListQuery, 'page' | 'pageSize' | 'q'>): Promise<SourcePage> {
      const [rows, [{ total }]] = await Promise.all([
        withAffiliation(publicSources(q)).orderBy([{ column: 't.name', order: 'asc' }, { column: 't.id', order: 'asc' }]).offset((page - 1) * pageSize).limit(pageSize),
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
      const [row] = await withAffiliation(publicSources().where('t.document_id', documentId)).limit(1);
      return row ? { source: toSource(row), lastModified: lastModifiedOf([row]) } : null;
    },

    /** The source and a page of the published stories that quote, cite or list it, newest first. */
    async findOneWithStories(documentId: string, { page, pageSize }: Pick<SourceQuery, 'page' | 'pageSize'>, fields?: StoryField[]): Promise<SourceWithStories | null> {
      const found = await this.findOne(documentId);
      if (!found) return null;
      const stories: StoryPage = await strapi
        .plugin('newsroom')
        .service('published-stories')
        .findPage({ source: documentId, sort: 'publishedAt:desc', page, pageSize, fields });
      return {
        source: { ...found.source, stories: stories.data },
        meta: stories.meta,
        lastModified: Math.max(found.lastModified, stories.lastModified),
      };
    },
  };
};

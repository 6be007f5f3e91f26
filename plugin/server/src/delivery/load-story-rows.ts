import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

import { PHOTO_CAPTION_UID, QUOTE_UID, SOURCE_UID, STATISTIC_UID, STORY_UID } from '../../../shared/constants';
import { columnsOf, linkTableOf, morphLinkTableOf, tableOf, type AttributeColumn } from '../platform/link-tables';

/** A database row: columns as the driver returns them, or attributes once `toAttributes` ran. */
// `any`: knex types raw SQL rows as any; this file gives them their shape.
type Row = Record<string, any>;

/**
 * Published stories with everything they are served with, in six SQL statements whatever the
 * number of stories, quotes or figures: one per table, relations joined through the link tables
 * Strapi's metadata names. (Strapi's populate costs one statement per relation path: thirteen.)
 * Rows come back keyed by attribute name, in the shape `toPublicStory` reads.
 */
export const createStoryRowLoader = (strapi: Core.Strapi) => {
  const link = (uid: string, attribute: string) => linkTableOf(strapi, uid, attribute);
  const table = (uid: string) => tableOf(strapi, uid);
  const columns = new Map<string, AttributeColumn[]>();
  const columnsFor = (uid: string) => {
    if (!columns.has(uid)) columns.set(uid, columnsOf(strapi, uid));
    return columns.get(uid)!;
  };

  /** Column row -> attribute row, parsing JSON columns where the driver returns text (SQLite). */
  const toAttributes = (uid: string, row: Row): Row => {
    const out: Row = {};
    for (const { attribute, column, type } of columnsFor(uid)) {
      if (!(column in row)) continue;
      const value = row[column];
      out[attribute] = type === 'json' || type === 'blocks' ? parseJson(value) : value;
    }
    out.id = row.id;
    return out;
  };

  const knex = () => strapi.db.connection;

  /** Adds `l<n>.<inverse> as <alias>` for each manyToOne of `uid` named in `attributes`. */
  const withManyToOne = (query: Knex.QueryBuilder, uid: string, attributes: Record<string, string>) => {
    let n = 0;
    for (const [attribute, alias] of Object.entries(attributes)) {
      const join = link(uid, attribute);
      const as = `m${(n += 1)}`;
      query.leftJoin(`${join.name} as ${as}`, `${as}.${join.ownerColumn}`, 't.id').select(`${as}.${join.relatedColumn} as ${alias}`);
    }
    return query;
  };

  return async (slugs: string[]): Promise<Row[]> => {
    if (slugs.length === 0) return [];
    const stories = await knex()(table(STORY_UID)).whereNotNull('published_at').whereIn('slug', slugs).select('*');
    if (stories.length === 0) return [];
    const storyIds = stories.map((story: Row) => story.id);

    const linkedQuery = (uid: string, attribute: string, orderColumn?: string) => {
      const join = link(uid, attribute);
      return knex()(`${table(uid)} as t`)
        .join(`${join.name} as l`, `l.${join.ownerColumn}`, 't.id')
        .whereIn(`l.${join.relatedColumn}`, storyIds)
        .select('t.*', `l.${join.relatedColumn} as __story`)
        .orderBy(orderColumn ? [`l.${orderColumn}`, 't.id'] : ['t.id']);
    };

    const morph = morphLinkTableOf(strapi, FILE_UID, 'related');
    const [quotes, statistics, captions, storySources] = await Promise.all([
      withManyToOne(linkedQuery(QUOTE_UID, 'story'), QUOTE_UID, { speaker: '__speaker' }),
      withManyToOne(linkedQuery(STATISTIC_UID, 'story'), STATISTIC_UID, {
        source: '__source',
        baseline: '__baseline',
        comparison: '__comparison',
      }),
      linkedQuery(PHOTO_CAPTION_UID, 'story', link(STORY_UID, 'photoCaptions').orderColumn)
        .leftJoin(`${morph.name} as mph`, function joinImage(this: Knex.JoinClause) {
          this.on(`mph.${morph.relatedIdColumn}`, '=', 't.id').andOn(
            `mph.${morph.relatedTypeColumn}`,
            '=',
            knex().raw('?', [PHOTO_CAPTION_UID])
          );
        })
        .leftJoin(`${table(FILE_UID)} as f`, 'f.id', `mph.${morph.ownerColumn}`)
        .select('f.url as __image_url', 'f.width as __image_width', 'f.height as __image_height', 'f.mime as __image_mime', 'f.updated_at as __image_updated_at'),
      (() => {
        const join = link(STORY_UID, 'sources');
        return knex()(join.name)
          .whereIn(join.ownerColumn, storyIds)
          .select(`${join.ownerColumn} as story`, `${join.relatedColumn} as source`);
      })(),
    ]);

    const sourceIds = new Set<number>();
    for (const quote of quotes) if (quote.__speaker) sourceIds.add(quote.__speaker);
    for (const statistic of statistics) if (statistic.__source) sourceIds.add(statistic.__source);
    for (const row of storySources) sourceIds.add(row.source);
    const affiliationLink = link(SOURCE_UID, 'affiliation');
    const sourceRows: Row[] = sourceIds.size
      ? await knex()(`${table(SOURCE_UID)} as t`)
          .leftJoin(`${affiliationLink.name} as al`, `al.${affiliationLink.ownerColumn}`, 't.id')
          .leftJoin(`${table(SOURCE_UID)} as a`, 'a.id', `al.${affiliationLink.relatedColumn}`)
          .whereIn('t.id', [...sourceIds])
          .select('t.*', 'a.id as __aff_id', 'a.document_id as __aff_document_id', 'a.name as __aff_name', 'a.kind as __aff_kind', 'a.title as __aff_title', 'a.updated_at as __aff_updated_at')
      : [];

    const sources = new Map<number, Row>(
      sourceRows.map((row) => [
        row.id,
        {
          ...toAttributes(SOURCE_UID, row),
          affiliation: row.__aff_id
            ? { documentId: row.__aff_document_id, name: row.__aff_name, kind: row.__aff_kind, title: row.__aff_title, updatedAt: row.__aff_updated_at }
            : null,
        },
      ])
    );
    const statisticsById = new Map<number, Row>(statistics.map((row: Row) => [row.id, toAttributes(STATISTIC_UID, row)]));
    // A derived figure may (rarely) point at a figure of another story.
    const elsewhere = statistics
      .flatMap((row: Row) => [row.__baseline, row.__comparison])
      .filter((id: number | null) => id && !statisticsById.has(id));
    if (elsewhere.length > 0) {
      for (const row of await knex()(table(STATISTIC_UID)).whereIn('id', elsewhere).select('*')) {
        statisticsById.set(row.id, toAttributes(STATISTIC_UID, row));
      }
    }
    const sourceOf = (id: number | null) => (id ? sources.get(id) ?? null : null);
    const byStory = <T>(rows: Row[], build: (row: Row) => T) => {
      const grouped = new Map<number, T[]>();
      for (const row of rows) grouped.set(row.__story, [...(grouped.get(row.__story) ?? []), build(row)]);
      return grouped;
    };

    const quotesByStory = byStory(quotes, (row) => ({ ...toAttributes(QUOTE_UID, row), speaker: sourceOf(row.__speaker) }));
    const statisticsByStory = byStory(statistics, (row) => ({
      ...statisticsById.get(row.id),
      source: sourceOf(row.__source),
      baseline: row.__baseline ? statisticsById.get(row.__baseline) ?? null : null,
      comparison: row.__comparison ? statisticsById.get(row.__comparison) ?? null : null,
    }));
    const captionsByStory = byStory(captions, (row) => ({
      ...toAttributes(PHOTO_CAPTION_UID, row),
      image: row.__image_url
        ? { url: row.__image_url, width: row.__image_width, height: row.__image_height, mime: row.__image_mime, updatedAt: row.__image_updated_at }
        : null,
    }));
    const sourcesByStory = new Map<number, Row[]>();
    for (const row of storySources) {
      const source = sources.get(row.source);
      if (source) sourcesByStory.set(row.story, [...(sourcesByStory.get(row.story) ?? []), source]);
    }

    return stories.map((story: Row) => ({
      ...toAttributes(STORY_UID, story),
      quotes: quotesByStory.get(story.id) ?? [],
      statistics: statisticsByStory.get(story.id) ?? [],
      photoCaptions: captionsByStory.get(story.id) ?? [],
      sources: sourcesByStory.get(story.id) ?? [],
    }));
  };
};

const FILE_UID = 'plugin::upload.file';

const parseJson = (value: unknown) => {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
};

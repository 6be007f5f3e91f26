import type { Core } from '@strapi/strapi';

import { STORY_UID } from '../../../shared/constants';

/**
 * Row ids of published stories whose `tags` JSON list holds `tag` exactly. Done in SQL per
 * database, since a JSON column is text in SQLite and jsonb in PostgreSQL.
 */
export const taggedStoryIds = async (strapi: Core.Strapi, tag: string): Promise<number[]> => {
  const { tableName } = strapi.db.metadata.get(STORY_UID);
  const knex = strapi.db.connection;
  const query = knex(tableName).select('id').whereNotNull('published_at');
  const rows =
    strapi.db.dialect.client === 'postgres'
      ? await query.whereRaw('tags @> ?::jsonb', [JSON.stringify([tag])])
      : await query.whereRaw('EXISTS (SELECT 1 FROM json_each(tags) WHERE json_each.value = ?)', [tag]);
  return rows.map((row: { id: number }) => row.id);
};

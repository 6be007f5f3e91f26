import type { Core } from '@strapi/strapi';

/**
 * Reading relations by raw SQL (delivery/load-story-rows.ts, delivery/delivery-state.ts,
 * delivery/published-sources.ts) needs the tables and columns Strapi's database layer chose. They come from `strapi.db.metadata`, whose
 * shape is internal to `@strapi/database`: this file is the only one that reads it, and
 * tests/platform/strapi-internals.test.ts checks it against the running Strapi.
 */

/** A relation stored in a link table: one row per (owner, related) pair. */
export interface LinkTable {
  name: string;
  /** Holds the id of the row whose attribute this is. */
  ownerColumn: string;
  /** Holds the id of the related row. */
  relatedColumn: string;
  /** The owner's ordering of its related rows, where Strapi keeps one. */
  orderColumn?: string;
}

/** A polymorphic relation (e.g. a media field) stored in one link table for every owning type. */
export interface MorphLinkTable {
  name: string;
  /** Holds the id of the row whose attribute this is (e.g. the file). */
  ownerColumn: string;
  /** Holds the id of the related row, of whichever type `typeColumn` names. */
  relatedIdColumn: string;
  /** Holds the related row's content-type UID. */
  relatedTypeColumn: string;
}

/** A scalar attribute and the column it is stored in. */
export interface AttributeColumn {
  attribute: string;
  column: string;
  type: string;
}

interface JoinTableMetadata {
  name?: string;
  joinColumn?: { name?: string };
  inverseJoinColumn?: { name?: string };
  orderColumnName?: string;
  morphColumn?: { idColumn?: { name?: string }; typeColumn?: { name?: string } };
}

interface AttributeMetadata {
  type?: string;
  columnName?: string;
  joinTable?: JoinTableMetadata;
}

const where = 'see plugin/server/src/platform/link-tables.ts';

const attributesOf = (strapi: Core.Strapi, uid: string): Record<string, AttributeMetadata> => {
  // `metadata.get` is typed for the app's own UIDs only; plugin UIDs are strings here.
  const model = strapi.db.metadata.get(uid as Parameters<typeof strapi.db.metadata.get>[0]);
  return model.attributes as Record<string, AttributeMetadata>;
};

export const tableOf = (strapi: Core.Strapi, uid: string): string =>
  strapi.db.metadata.get(uid as Parameters<typeof strapi.db.metadata.get>[0]).tableName;

/** The scalar attributes of `uid` that have a column (relations have none). */
export const columnsOf = (strapi: Core.Strapi, uid: string): AttributeColumn[] =>
  Object.entries(attributesOf(strapi, uid))
    .filter(([, attribute]) => typeof attribute.columnName === 'string')
    .map(([attribute, { columnName, type }]) => ({ attribute, column: columnName!, type: type ?? '' }));

/** The column Strapi stores scalar attribute `attribute` of `uid` in (`id`, `documentId`, `publishedAt`…). */
export const columnOf = (strapi: Core.Strapi, uid: string, attribute: string): string => {
  const column = attributesOf(strapi, uid)[attribute]?.columnName;
  if (typeof column !== 'string') {
    throw new Error(`newsroom: Strapi's database metadata names no column for ${uid}.${attribute} (${where}).`);
  }
  return column;
};

const joinTableOf = (strapi: Core.Strapi, uid: string, attribute: string): JoinTableMetadata => {
  const joinTable = attributesOf(strapi, uid)[attribute]?.joinTable;
  if (!joinTable?.name || !joinTable.joinColumn?.name) {
    throw new Error(`newsroom: Strapi's database metadata describes no link table for ${uid}.${attribute} (${where}).`);
  }
  return joinTable;
};

export const linkTableOf = (strapi: Core.Strapi, uid: string, attribute: string): LinkTable => {
  const joinTable = joinTableOf(strapi, uid, attribute);
  if (!joinTable.inverseJoinColumn?.name) {
    throw new Error(`newsroom: the link table of ${uid}.${attribute} has no inverseJoinColumn in Strapi's metadata (${where}).`);
  }
  return {
    name: joinTable.name!,
    ownerColumn: joinTable.joinColumn!.name!,
    relatedColumn: joinTable.inverseJoinColumn.name,
    orderColumn: joinTable.orderColumnName,
  };
};

export const morphLinkTableOf = (strapi: Core.Strapi, uid: string, attribute: string): MorphLinkTable => {
  const joinTable = joinTableOf(strapi, uid, attribute);
  const { idColumn, typeColumn } = joinTable.morphColumn ?? {};
  if (!idColumn?.name || !typeColumn?.name) {
    throw new Error(`newsroom: the link table of ${uid}.${attribute} has no morphColumn in Strapi's metadata (${where}).`);
  }
  return {
    name: joinTable.name!,
    ownerColumn: joinTable.joinColumn!.name!,
    relatedIdColumn: idColumn.name,
    relatedTypeColumn: typeColumn.name,
  };
};

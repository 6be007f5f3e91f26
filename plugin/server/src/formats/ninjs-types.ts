/** The part of IPTC ninjs 3.1 this export writes (property names as in ninjs-schema_3.1.json). */
export interface NinjsText {
  role?: string;
  contentType?: string;
  value: string;
}

export interface NinjsBody extends NinjsText {
  charCount?: number;
  wordCount?: number;
}

export interface NinjsEntity {
  name?: string;
  rel?: string;
  uri?: string;
  literal?: string;
}

export interface NinjsInfoSource {
  name?: string;
  role?: string;
  uri?: string;
}

export interface NinjsRendition {
  name: string;
  href?: string;
  contentType?: string;
  width?: number;
  height?: number;
}

export interface NinjsItem {
  uri: string;
  type?: 'text' | 'picture';
  standard?: { name: string; version: string; schema: string };
  representationType?: 'full' | 'partial';
  pubStatus?: 'usable';
  firstCreated?: string;
  versionCreated?: string;
  copyrightNotice?: string;
  slugline?: string;
  by?: string;
  located?: string;
  headlines?: NinjsText[];
  descriptions?: NinjsText[];
  bodies?: NinjsBody[];
  people?: NinjsEntity[];
  organisations?: NinjsEntity[];
  subjects?: NinjsEntity[];
  infoSources?: NinjsInfoSource[];
  renditions?: NinjsRendition[];
  associations?: NinjsAssociation[];
}

export interface NinjsAssociation extends NinjsItem {
  name: string;
  rel?: string;
}

/** A schema.org node as written here: a type, an optional @id, and properties. */
export interface JsonLdNode {
  '@type'?: string;
  '@id'?: string;
  [property: string]: unknown;
}

/** A reference to a node defined elsewhere in the same document. */
export interface JsonLdRef {
  '@id': string;
}

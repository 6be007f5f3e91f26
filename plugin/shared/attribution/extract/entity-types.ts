/** What the entity index holds: its own file, so the readers it uses can name it without importing the index. */
export type EntityKind = 'person' | 'organization' | 'unknown';
export type Gender = 'male' | 'female' | null;

export interface Entity {
  id: number;
  /** The fullest form the text introduced. */
  name: string;
  kind: EntityKind;
  title: string | null;
  affiliation: string | null;
  /** What an organization is: "network", "agency". */
  orgNoun: string | null;
  gender: Gender;
  /**
   * Read as a person only for its shape, but acts like an institution ("X said in a statement",
   * "X, which operates…"): "the company said" may mean it.
   */
  institutional: boolean;
  /** "her father, Otto Casimir": the family noun, and whose relative (when the text says). */
  kin: string | null;
  kinOf: Entity | null;
  /** "Kaszuba, 63,". */
  age: number | null;
}

export interface Mention {
  start: number;
  end: number;
  paragraph: number;
  entity: Entity;
  /** The mention is the subject of a speech verb: "Fenwick said". */
  speaks: boolean;
  /** "Perel's granddaughter": the name only qualifies something else. */
  possessive?: boolean;
}

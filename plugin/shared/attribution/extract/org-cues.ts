/**
 * Signs that a capitalized name with no organization word ("Passenger Rights Now", "Acme
 * Foods", "Northline Container Lines") is an organization, read from what follows it.
 */

/** "Passenger Rights Now (PRN)": an acronym defined in parentheses right after the name. */
const DEFINED_ACRONYM = /^\s+\((\p{Lu}[\p{Lu}&.-]{1,7})\)/u;

/**
 * "X said in a statement", "X said it would…", "X, which operates a weekly service, said": what a
 * company or agency does far more often than a person without a title.
 */
const SPEAKS_AS_INSTITUTION = new RegExp(
  String.raw`^(?:,\s+which\s[^.;:"“”\u0001]{1,160}?,|\s+\((?:\p{Lu}[\p{Lu}&.-]{1,7})\))?\s+(?:also\s+)?(?:said|says|announced|added|confirmed|stated)\s+(?:(?:late\s+)?\p{Lu}\p{Ll}+\s+)?(?:in\s+(?:a|an|its)\s+(?:[\p{L}-]+\s+){0,2}(?:statement|news\s+release|press\s+release)|(?:that\s+)?(?:it|its)\s)`,
  'u',
);
/** "Northline Container Lines, which operates…": "which", not "who", follows an institution. */
const WHICH_CLAUSE = /^,\s+which\s/u;

export function definedAcronym(after: string): string | null {
  return DEFINED_ACRONYM.exec(after)?.[1] ?? null;
}

export function speaksAsInstitution(after: string): boolean {
  return SPEAKS_AS_INSTITUTION.test(after) || WHICH_CLAUSE.test(after);
}

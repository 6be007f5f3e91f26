/**
 * Family words news copy uses to introduce and refer to relatives: "Maria Lopez and her father,
 * Jorge Lopez" then "her father said", "the elder Lopez". Also the gender a role noun gives away.
 */

/** Relatives older than the person they are named for: "the elder X" among two of them. */
const ELDER_KIN = ['father', 'mother', 'grandfather', 'grandmother', 'stepfather', 'stepmother', 'uncle', 'aunt'];
/** Relatives younger than the person they are named for: "the younger X". */
const YOUNGER_KIN = ['son', 'daughter', 'grandson', 'granddaughter', 'stepson', 'stepdaughter', 'nephew', 'niece'];
const PEER_KIN = ['husband', 'wife', 'brother', 'sister', 'cousin', 'twin'];

export const KIN_NOUNS = new Set([...ELDER_KIN, ...YOUNGER_KIN, ...PEER_KIN]);

export function kinRank(noun: string): 'elder' | 'younger' | null {
  if (ELDER_KIN.includes(noun)) return 'elder';
  if (YOUNGER_KIN.includes(noun)) return 'younger';
  return null;
}

export const FEMALE_NOUNS = new Set([
  'woman', 'mother', 'wife', 'daughter', 'sister', 'grandmother', 'granddaughter', 'stepmother', 'stepdaughter',
  'aunt', 'niece', 'girl', 'spokeswoman', 'chairwoman', 'congresswoman', 'councilwoman', 'businesswoman',
]);
export const MALE_NOUNS = new Set([
  'man', 'father', 'husband', 'son', 'brother', 'grandfather', 'grandson', 'stepfather', 'stepson', 'uncle',
  'nephew', 'boy', 'spokesman', 'chairman', 'congressman', 'councilman', 'businessman',
]);

/** The gender the last word of a role or family noun phrase gives away: "her father" -> male. */
export function nounGender(phrase: string | null | undefined): 'male' | 'female' | null {
  if (!phrase) return null;
  const words = phrase.toLowerCase().split(/[^\p{L}-]+/u).filter(Boolean);
  const last = words[words.length - 1] ?? '';
  if (MALE_NOUNS.has(last)) return 'male';
  if (FEMALE_NOUNS.has(last)) return 'female';
  // "fisherman", "policewoman": the compound tells.
  if (/.{3,}woman$/.test(last)) return 'female';
  if (/.{3,}man$/.test(last) && !/(?:hu|ger|ro|ottoman)man$/.test(last)) return 'male';
  return null;
}

/** What X is to Y when Y is X's `kin` and X's gender is known: Y "her father" -> X his "daughter". */
export function inverseKin(kin: string, gender: 'male' | 'female' | null): string | null {
  const pick = (male: string, female: string) => (gender === 'male' ? male : gender === 'female' ? female : null);
  if (['father', 'mother', 'stepfather', 'stepmother'].includes(kin)) return pick('son', 'daughter');
  if (['son', 'daughter'].includes(kin)) return pick('father', 'mother');
  if (['grandfather', 'grandmother'].includes(kin)) return pick('grandson', 'granddaughter');
  if (['grandson', 'granddaughter'].includes(kin)) return pick('grandfather', 'grandmother');
  if (kin === 'husband' || kin === 'wife') return pick('husband', 'wife');
  if (kin === 'brother' || kin === 'sister') return pick('brother', 'sister');
  return null;
}

import { findCreditAtEnd, type Block } from '../text/layout';
import type { ExtractedPhotoCaption } from '../types';

const AGENCY_PHOTO = /^(.*?)\s*Photo(?:graph)?$/i;
const PREFIX = /^(?:Photo(?:graph)?(?:\s+by|:)|Credit:|Image:)\s*/i;

/** "Jane Roe/AP" -> creator Jane Roe, agency AP; "AP Photo/Evan Vucci" -> the other way round. */
export function splitCredit(credit: string): { creator: string | null; agency: string | null } {
  const [left = '', right = ''] = credit.replace(PREFIX, '').split(/\s*\/\s*/);
  const agencyFirst = AGENCY_PHOTO.exec(left);
  if (agencyFirst) return { agency: agencyFirst[1] || null, creator: right || null };
  return { creator: left || null, agency: right || null };
}

/** The caption block at the end of a text: a short title line, then the caption ending with a credit. */
export function extractCaption(text: string, block: Block): ExtractedPhotoCaption {
  const lines = block.text.split('\n').map((l) => l.trim()).filter(Boolean);
  const title = lines.length >= 2 ? lines[0]! : null;
  const body = (lines.length >= 2 ? lines.slice(1) : lines).join(' ');
  const credit = findCreditAtEnd(body);
  const caption = credit ? body.slice(0, credit.index).trim() : body;
  const parts = credit ? splitCredit(credit.credit) : { creator: null, agency: null };
  return {
    title,
    caption,
    credit: credit?.credit ?? null,
    creator: parts.creator,
    agency: parts.agency,
    start: block.start,
    end: block.end,
  };
}

/** A block of text between blank lines, with its offsets in the input. */
export interface Block {
  start: number;
  end: number;
  text: string;
}

export interface Layout {
  headline: Block | null;
  /** Body paragraphs, in order (the caption block excluded). */
  paragraphs: Block[];
  captionBlock: Block | null;
}

const BLANK_LINE = /\n[ \t\r\f\v]*\n/g;

export function splitBlocks(text: string, from = 0, to = text.length): Block[] {
  const blocks: Block[] = [];
  BLANK_LINE.lastIndex = from;
  let cursor = from;
  const push = (start: number, end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) blocks.push({ start: s, end: e, text: text.slice(s, e) });
  };
  for (;;) {
    const match = BLANK_LINE.exec(text);
    if (!match || match.index >= to) break;
    push(cursor, match.index);
    // Step back one character so a run of blank lines is consumed one separator at a time.
    cursor = match.index + match[0].length;
    BLANK_LINE.lastIndex = cursor - 1;
  }
  push(cursor, to);
  return blocks;
}

// Name words carry no period except as an initial ("J."), so "Dover. Birgit Fenwick/Reuters" credits Birgit Fenwick.
const CREDIT_AT_END =
  /(?:^|[\s(])((?:Photo(?:graph)?(?: by|:)\s*|Credit:\s*|Image:\s*)?[\p{Lu}](?:[\p{L}\p{M}'’-]*|\.)(?: [\p{Lu}](?:[\p{L}\p{M}'’-]*|\.)){0,3} ?\/ ?[\p{Lu}][\p{L}\p{M}.&'’-]*(?: [\p{Lu}][\p{L}\p{M}.&'’-]*){0,3})\)?\.?$/u;

/** "Jane Roe/AP" at the end of a caption line. */
export function findCreditAtEnd(line: string): { credit: string; index: number } | null {
  const tail = line.length > 160 ? line.slice(line.length - 160) : line;
  const match = CREDIT_AT_END.exec(tail);
  if (!match || match[1] === undefined) return null;
  const credit = match[1];
  const index = line.length - tail.length + tail.lastIndexOf(credit);
  return { credit, index };
}

function isCaptionBlock(block: Block): boolean {
  const lines = block.text.split('\n');
  const last = lines[lines.length - 1]!.trim();
  if (lines.length >= 2) {
    const title = lines[0]!.trim();
    const words = title.split(/\s+/).length;
    const titleLooksShort = words <= 10 && !/[.!?"”]$/.test(title);
    // Body paragraphs never hold a line break in this format, so a short title line is enough.
    return lines.length === 2 ? titleLooksShort : titleLooksShort && findCreditAtEnd(last) !== null;
  }
  return findCreditAtEnd(last) !== null && last.split(/\s+/).length <= 80 && !/["“”]/.test(last);
}

export function parseLayout(text: string, options: { headline: boolean; photoCaptions: boolean }): Layout {
  let bodyStart = 0;
  let headline: Block | null = null;
  if (options.headline) {
    let s = 0;
    while (s < text.length && /\s/.test(text[s]!)) s++;
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    let te = e;
    while (te > s && /\s/.test(text[te - 1]!)) te--;
    if (te > s) headline = { start: s, end: te, text: text.slice(s, te) };
    bodyStart = e;
  }
  const blocks = splitBlocks(text, bodyStart);
  let captionBlock: Block | null = null;
  if (options.photoCaptions && blocks.length > 1 && isCaptionBlock(blocks[blocks.length - 1]!)) {
    captionBlock = blocks.pop()!;
  }
  return { headline, paragraphs: blocks, captionBlock };
}

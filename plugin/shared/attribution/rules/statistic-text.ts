/** "43 percent", "43%" and "43 per cent" compare equal; so do "144,000" and "144000". */
export function normalizeFigure(s: string): string {
  return s
    .toLowerCase()
    // Spaces are taken only from the start of a run: `\s*` tried at every space of a long run is quadratic.
    .replace(/(?<!\s)\s*(?:per\s?cent|percent|%)/g, '%')
    .replace(/(\d),(?=\d{3}\b)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Decimal places written in a figure: "43" -> 0, "3.4%" -> 1. */
export function decimalsOf(valueText: string): number {
  const m = /\d(?:[\d,]*)\.(\d+)/.exec(valueText);
  return m ? m[1]!.length : 0;
}

export function describeFigure(valueText: string, measures: string): string {
  return measures ? `“${valueText}” (${measures})` : `“${valueText}”`;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether a normalized figure stands in a normalized text on its own ("2,000" is not in "12,000"). */
export function figureInNormalizedText(wanted: string, normalizedText: string): boolean {
  return wanted !== '' && new RegExp(`(?<![\\d.,])${escapeRegExp(wanted)}(?![\\d])`).test(normalizedText);
}

/** Whether a text states a figure, however it is written ("43%" in "fell 43 per cent"). */
export function figureStatedIn(valueText: string, text: string): boolean {
  return figureInNormalizedText(normalizeFigure(valueText), normalizeFigure(text));
}

/** The first words of a quote, the way an editor would point at it: “The new rules take effect next…” */
export function excerpt(text: string, words = 6): string {
  const all = text.trim().split(/\s+/);
  const head = all.slice(0, words).join(' ').replace(/[,;:]$/, '');
  return `“${head}${all.length > words ? '…' : ''}”`;
}

import { blocksToText, type Finding } from '../../../shared/attribution';
import type { StoryCheckSummary } from '../../../shared/contracts/attributions';
import type { Story } from '../../../shared/contracts/story';

export interface CheckedStoryRow {
  summary: StoryCheckSummary;
  story: Story;
  findings: Finding[];
}

const COLUMNS = ['story_document_id', 'headline', 'publication', 'severity', 'code', 'message', 'record_type', 'record_document_id', 'passage', 'story_updated_at'];
const MAX_PASSAGE = 300;
const SEVERITY_ORDER: Record<string, number> = { error: 0, warning: 1, info: 2 };

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break. A cell a
 * spreadsheet would run as a formula (=, +, -, @, tab, carriage return first) gets a leading
 * apostrophe: a quote from the copy must not become a formula in the standards editor's sheet.
 */
export const csvCell = (value: string | number | null | undefined): string => {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

const passageOf = (text: string, finding: Finding): string => {
  if (finding.start === undefined || finding.end === undefined) return '';
  const passage = text.slice(finding.start, finding.end);
  return passage.length > MAX_PASSAGE ? `${passage.slice(0, MAX_PASSAGE)}…` : passage;
};

/**
 * The findings of the given stories as CSV, one line per finding (errors first within a story),
 * with a header line; a byte order mark first, so that spreadsheets read it as UTF-8.
 */
export const findingsCsv = (rows: CheckedStoryRow[]): string => {
  const lines = [COLUMNS.join(',')];
  for (const { summary, story, findings } of rows) {
    const text = blocksToText(story.body);
    const ordered = [...findings].sort((a, b) => (SEVERITY_ORDER[a.severity] ?? 3) - (SEVERITY_ORDER[b.severity] ?? 3));
    for (const finding of ordered) {
      lines.push(
        [
          summary.storyDocumentId,
          summary.headline,
          summary.publication,
          finding.severity,
          finding.code,
          finding.message,
          finding.target.type,
          finding.target.documentId ?? '',
          passageOf(text, finding),
          summary.storyUpdatedAt,
        ]
          .map(csvCell)
          .join(',')
      );
    }
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
};

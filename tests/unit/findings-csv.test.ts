import { csvCell, findingsCsv } from '../../plugin/server/src/editorial/findings-csv';
import type { Finding } from '../../plugin/shared/attribution';
import type { StoryCheckSummary } from '../../plugin/shared/contracts/attributions';
import type { Story } from '../../plugin/shared/contracts/story';

const summary = (storyDocumentId: string, headline: string): StoryCheckSummary => ({
  storyDocumentId,
  headline,
  publication: 'draft',
  errorCount: 1,
  warningCount: 1,
  infoCount: 0,
  checkableCount: 1,
  verifiedCount: 0,
  disputedCount: 0,
  signOffPercent: 0,
  storyUpdatedAt: '2026-12-01T10:00:00.000Z',
});

const story = (text: string) => ({ body: [{ type: 'paragraph', children: [{ type: 'text', text }] }] }) as unknown as Story;

describe('findings as CSV', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "no"', '"say ""no"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+1 555', "'+1 555"],
    ['-3%', "'-3%"],
    ['@mention', "'@mention"],
  ])('writes %j as the cell %s (RFC 4180; never a spreadsheet formula)', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('writes one line per finding under a header, errors first, with the passage the finding points at', () => {
    const text = '"We will stay," she said.';
    const warning: Finding = { code: 'QUOTE_SPEAKER_LOW_CONFIDENCE', severity: 'warning', message: 'Speaker unclear', target: { type: 'quote', documentId: 'q1' }, start: 1, end: 13 };
    const error: Finding = { code: 'STATISTIC_UNSOURCED', severity: 'error', message: 'No source, for "12"', target: { type: 'statistic', documentId: 's1' } };
    const csv = findingsCsv([{ summary: summary('doc1', 'Raids, again'), story: story(text), findings: [warning, error] }]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'story_document_id,headline,publication,severity,code,message,record_type,record_document_id,passage,story_updated_at',
      'doc1,"Raids, again",draft,error,STATISTIC_UNSOURCED,"No source, for ""12""",statistic,s1,,2026-12-01T10:00:00.000Z',
      'doc1,"Raids, again",draft,warning,QUOTE_SPEAKER_LOW_CONFIDENCE,Speaker unclear,quote,q1,We will stay,2026-12-01T10:00:00.000Z',
      '',
    ]);
  });

  it('writes the header alone when no story has a finding', () => {
    expect(findingsCsv([{ summary: summary('doc2', 'Clean'), story: story('Nothing.'), findings: [] }]).split('\r\n')).toHaveLength(2);
  });
});

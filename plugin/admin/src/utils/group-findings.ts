import type { Finding, Severity } from '../../../shared/attribution/types';
import type { PhotoCaption, Quote, Source, Statistic, Story } from '../../../shared/contracts/story';

export type GroupKey = 'quote' | 'statistic' | 'caption' | 'source';

export const GROUP_ORDER: GroupKey[] = ['quote', 'statistic', 'caption', 'source'];

export type RecordOf = { quote: Quote; statistic: Statistic; caption: PhotoCaption; source: Source };

/** One record (or, for a quotation with no Quote record, none) and what the engine says about it. */
export interface FindingEntry {
  key: string;
  group: GroupKey;
  record: Quote | Statistic | PhotoCaption | Source | null;
  findings: Finding[];
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export const worstSeverity = (findings: Finding[]): Severity =>
  findings.reduce<Severity>((worst, f) => (SEVERITY_RANK[f.severity] < SEVERITY_RANK[worst] ? f.severity : worst), 'info');

/** Findings about the body's figures (not about a record) belong with the figures. */
const BODY_FIGURE_CODES = new Set(['BODY_STATISTIC_WITHOUT_RECORD']);

const groupOf = (finding: Finding): GroupKey => {
  switch (finding.target.type) {
    case 'statistic':
      return 'statistic';
    case 'body':
      return BODY_FIGURE_CODES.has(finding.code) ? 'statistic' : 'quote';
    case 'photoCaption':
      return 'caption';
    case 'source':
      return 'source';
    default:
      return 'quote';
  }
};

const recordsOf = (story: Story, group: GroupKey): Array<{ documentId: string }> =>
  ({ quote: story.quotes, statistic: story.statistics, caption: story.photoCaptions, source: story.sources })[group];

/** Findings grouped by quote / figure / caption / source, one entry per record, worst first. */
export const groupFindings = (story: Story, findings: Finding[]): Record<GroupKey, FindingEntry[]> => {
  const groups: Record<GroupKey, FindingEntry[]> = { quote: [], statistic: [], caption: [], source: [] };
  const byKey = new Map<string, FindingEntry>();
  findings.forEach((finding, index) => {
    const group = groupOf(finding);
    const documentId = finding.target.documentId;
    const key = documentId ? `${group}:${documentId}` : `${group}:body:${index}`;
    let entry = byKey.get(key);
    if (!entry) {
      const record = documentId ? recordsOf(story, group).find((r) => r.documentId === documentId) ?? null : null;
      entry = { key, group, record: record as FindingEntry['record'], findings: [] };
      byKey.set(key, entry);
      groups[group].push(entry);
    }
    entry.findings.push(finding);
  });
  for (const group of GROUP_ORDER) {
    groups[group].sort((a, b) => SEVERITY_RANK[worstSeverity(a.findings)] - SEVERITY_RANK[worstSeverity(b.findings)]);
  }
  return groups;
};

export const countBySeverity = (findings: Finding[]): Record<Severity, number> => {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
};

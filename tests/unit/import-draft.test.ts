import type { ArticleImportDraft } from '../../plugin/shared/contracts/article-import';
import { addSource, draftProblems, renameSource, setFigureSource, setQuoteSpeaker, sourcesInUse } from '../../plugin/admin/src/utils/import-draft';

const draft = (): ArticleImportDraft => ({
  headline: 'Headline',
  body: ['One.'],
  sources: [
    { key: 'ana', name: 'Ana', kind: 'person', title: null, affiliation: null },
    { key: 'council', name: 'Council', kind: 'organization', title: null, affiliation: null },
  ],
  quotes: [
    { text: 'a', speaker: 'ana', delivery: 'spoken', isPartial: false },
    { text: 'b', speaker: null, delivery: 'spoken', isPartial: false },
  ],
  statistics: [{ key: 'figure-1', valueText: '12', value: 12, measures: 'workers', qualifier: 'exact', source: 'council' }],
  photoCaptions: [],
});

describe('the import review: an editor’s corrections to the draft', () => {
  it('sets one quote’s speaker and one figure’s source, leaving the rest and the original untouched', () => {
    const original = draft();
    const changed = setFigureSource(setQuoteSpeaker(original, 1, 'ana'), 0, null);
    expect(changed.quotes.map((quote) => quote.speaker)).toEqual(['ana', 'ana']);
    expect(changed.statistics[0]!.source).toBeNull();
    expect(original.quotes[1]!.speaker).toBeNull();
    expect(original.statistics[0]!.source).toBe('council');
  });

  it('adds sources under keys no other source has', () => {
    const first = addSource(draft(), '  Maria Lopez ');
    const second = addSource(first.draft, 'Jo Bloggs', 'organization');
    expect([first.key, second.key]).toEqual(['added-source-1', 'added-source-2']);
    expect(second.draft.sources.slice(-2).map(({ name, kind }) => [name, kind])).toEqual([
      ['Maria Lopez', 'person'],
      ['Jo Bloggs', 'organization'],
    ]);
  });

  it('lists only the sources a quote or a figure uses', () => {
    const unused = setFigureSource(draft(), 0, null);
    expect(sourcesInUse(unused).map((source) => source.key)).toEqual(['ana']);
  });

  it('names what would stop the import: no headline, a used source renamed to nothing', () => {
    expect(draftProblems(draft())).toEqual([]);
    const broken = renameSource({ ...draft(), headline: '  ' }, 'ana', '');
    expect(draftProblems(broken)).toEqual(['headline', 'source:ana']);
    // A source no quote or figure uses may be left without a name: it is not imported.
    expect(draftProblems(renameSource(setFigureSource(draft(), 0, null), 'council', ''))).toEqual([]);
  });
});

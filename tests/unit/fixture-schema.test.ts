import { FixtureError, parseFixture } from '../../plugin/server/src/fixture/schema';

const validFixture = () => ({
  sources: [
    { key: 'city-hall', name: 'City Hall', kind: 'organization' },
    { key: 'ana-ruiz', name: 'Ana Ruiz', kind: 'person', title: 'Mayor', affiliation: 'city-hall' },
  ],
  stories: [
    {
      status: 'published',
      headline: 'Budget passes',
      body: ['"It passed," said Ana Ruiz. Spending rises 10 percent to 110 from 100.'],
      quotes: [{ text: 'It passed', speaker: 'ana-ruiz', delivery: 'spoken', isPartial: false }],
      statistics: [
        { key: 'before', valueText: '100', value: 100, measures: 'spending', qualifier: 'exact', source: 'city-hall' },
        { key: 'after', valueText: '110', value: 110, measures: 'spending', qualifier: 'exact', source: 'city-hall' },
        {
          key: 'rise',
          valueText: '10 percent',
          value: 10,
          measures: 'rise in spending',
          qualifier: 'exact',
          source: 'city-hall',
          derivation: { type: 'percent-increase', baseline: 'before', comparison: 'after' },
        },
      ],
    },
  ],
});

const problemsOf = (json: unknown): string[] => {
  try {
    parseFixture('fixture.json', json);
  } catch (error) {
    expect(error).toBeInstanceOf(FixtureError);
    expect((error as FixtureError).message).toMatch(/^fixture\.json: invalid fixture/);
    return (error as FixtureError).problems;
  }
  throw new Error('expected the fixture to be rejected');
};

describe('parseFixture', () => {
  it('accepts a valid fixture and fills defaults', () => {
    const fixture = parseFixture('fixture.json', validFixture());
    expect(fixture.stories[0].tags).toEqual([]);
    expect(fixture.stories[0].photoCaptions).toEqual([]);
  });

  it('names the field of a missing headline', () => {
    const json = validFixture();
    delete (json.stories[0] as any).headline;
    expect(problemsOf(json)).toEqual([expect.stringMatching(/^stories\[0\]\.headline: /)]);
  });

  it('rejects unknown fields instead of dropping them', () => {
    const json = validFixture();
    (json.stories[0].quotes[0] as any).speakr = 'ana-ruiz';
    expect(problemsOf(json)).toEqual([expect.stringMatching(/^stories\[0\]\.quotes\[0\]: .*speakr/)]);
  });

  it('rejects references to sources and figures that do not exist', () => {
    const json = validFixture();
    json.stories[0].quotes[0].speaker = 'ana-ruis';
    json.stories[0].statistics[2].derivation!.baseline = 'befor';
    (json.sources[1] as any).affiliation = 'city-council';
    expect(problemsOf(json).sort()).toEqual([
      'sources[1].affiliation: no source has the key "city-council"',
      'stories[0].quotes[0].speaker: no source has the key "ana-ruis"',
      'stories[0].statistics[2].derivation.baseline: no statistic in this story has the key "befor"',
    ]);
  });

  it('rejects duplicate source keys', () => {
    const json = validFixture();
    json.sources.push({ key: 'city-hall', name: 'Another', kind: 'organization' });
    expect(problemsOf(json)).toEqual(['sources[2].key: duplicate source key "city-hall"']);
  });

  it('rejects blank text and bad enums', () => {
    const json = validFixture();
    json.stories[0].quotes[0].text = '   ';
    (json.stories[0].quotes[0] as any).delivery = 'shouted';
    const problems = problemsOf(json);
    expect(problems).toContainEqual('stories[0].quotes[0].text: must not be empty');
    expect(problems).toContainEqual(expect.stringMatching(/^stories\[0\]\.quotes\[0\]\.delivery: /));
  });

  it('rejects a fixture without stories', () => {
    expect(problemsOf({ sources: [], stories: [] })).toEqual(['stories: the fixture has no story']);
  });
});

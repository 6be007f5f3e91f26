import { extract } from '../../plugin/shared/attribution';

const HEAD = 'Budget Passes\n\n';

function stats(body: string) {
  return extract(HEAD + body).statistics;
}

describe('extract: statistics', () => {
  it('reads value, unit, what is counted and the qualifier', () => {
    const [a, b, c] = stats('The city hired 680 seasonal workers, spent more than $2.5 million and cut costs 3.4% last year.');
    expect(a).toMatchObject({ valueText: '680', value: 680, unit: 'workers', measures: 'seasonal workers', qualifier: 'exact' });
    expect(b).toMatchObject({ valueText: '$2.5 million', value: 2_500_000, unit: 'USD', qualifier: 'more-than' });
    expect(c).toMatchObject({ valueText: '3.4%', value: 3.4, unit: 'percent' });
  });

  it('keeps offsets valid', () => {
    const text = `${HEAD}Crossings fell to about 82,000, a 43 percent decrease from May.`;
    for (const s of extract(text).statistics) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(extract(text).statistics.map((s) => [s.value, s.qualifier])).toEqual([
      [82000, 'about'],
      [43, 'exact'],
    ]);
  });

  it('ignores years, dates, times, ages in parentheses, ordinals and numbers in names', () => {
    const found = stats(
      'In 2019, on Aug. 7 at 10:30 a.m., Amy (3) posted on 8chan about #Route66 near Route 66 for the 2nd time, 12 days later.',
    );
    expect(found).toEqual([]);
  });

  it('credits the speaker of a quote, "according to" and the subject of "announced that"', () => {
    const text =
      `${HEAD}"We saw 144,000 crossings," Secretary Kevin Lane said.\n\n` +
      `The Department of Labor announced that it had added 12,000 inspectors.\n\n` +
      `Rents rose 7 percent, according to the Housing Institute.`;
    expect(extract(text).statistics.map((s) => s.source)).toEqual(['Kevin Lane', 'Department of Labor', 'Housing Institute']);
  });

  it('reads numbers in words, shares and vague amounts as figures', () => {
    const found = stats(
      'Twelve inspectors were hired. More than half of the residents moved away, two-thirds of voters stayed, ' +
        'dozens of people marched and tens of thousands of migrants waited for three million dollars.',
    );
    expect(found.map(({ valueText, value, unit, measures, qualifier }) => ({ valueText, value, unit, measures, qualifier }))).toEqual([
      { valueText: 'Twelve', value: 12, unit: 'inspectors', measures: 'inspectors', qualifier: 'exact' },
      { valueText: 'half', value: 0.5, unit: 'ratio', measures: 'residents', qualifier: 'more-than' },
      { valueText: 'two-thirds', value: 0.6667, unit: 'ratio', measures: 'voters', qualifier: 'exact' },
      { valueText: 'dozens', value: 24, unit: 'people', measures: 'people', qualifier: 'about' },
      { valueText: 'tens of thousands', value: 20_000, unit: 'migrants', measures: 'migrants', qualifier: 'about' },
      { valueText: 'three million', value: 3_000_000, unit: 'dollars', measures: 'dollars', qualifier: 'exact' },
    ]);
  });

  it('reads no figure in durations, ages, people already counted, names or a number word alone', () => {
    const found = stats(
      'The two men met four days later. She was seven years old; a five-year-old boy, aged nine, waited half an hour. ' +
        'Three Mile Island reopened in the second half of the year. One of them said no one knew. "Two," he said.',
    );
    expect(found).toEqual([]);
  });

  it('credits a figure in words to whoever states it, and keeps the number written in digits whole', () => {
    const text = `${HEAD}"We hired twelve inspectors," Mayor Ana Ortiz said.\n\nThe raids detained 680 workers in six plants.`;
    const found = extract(text).statistics;
    for (const s of found) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(found.map((s) => [s.valueText, s.source])).toEqual([
      ['twelve', 'Ana Ortiz'],
      ['680', null],
      ['six', null],
    ]);
  });

  it('reads "one in five" as a ratio', () => {
    expect(stats('One in five residents lacks a doctor.')[0]).toMatchObject({ value: 0.2, unit: 'ratio' });
  });
});

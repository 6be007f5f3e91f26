import { MAX_CHECKED_CHARACTERS } from '../../../plugin/shared/attribution';
import { story } from '../helpers';
import { findingsOf } from './run';

describe('TEXT_TOO_LONG', () => {
  it('is an error pointing at the unread rest of a body over MAX_CHECKED_CHARACTERS', () => {
    const paragraph = 'The council said the plan would cost $4 million.\n\n';
    const body = paragraph.repeat(Math.ceil((MAX_CHECKED_CHARACTERS + 100) / paragraph.length));
    const [finding, ...rest] = findingsOf('TEXT_TOO_LONG', story(body));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: 'error', target: { type: 'body' }, end: body.length, data: { totalCharacters: body.length, maxCharacters: MAX_CHECKED_CHARACTERS } });
    expect(finding!.start).toBeLessThanOrEqual(MAX_CHECKED_CHARACTERS);
    expect(body.slice(finding!.start, finding!.start! + 2)).toBe('\n\n');
    expect(finding!.message).toMatch(/^The body is [\d,]+ characters long; attributions were checked only up to character [\d,]+\. Split the story or shorten it\.$/);
  });

  it('says nothing about a body within the cap', () => {
    expect(findingsOf('TEXT_TOO_LONG', story('A short story.'))).toEqual([]);
  });
});

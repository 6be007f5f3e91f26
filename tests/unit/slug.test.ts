import { slugFromHeadline } from '../../plugin/server/src/utils/slug';

describe('slugFromHeadline', () => {
  it('makes a lower-case ASCII slug without punctuation', () => {
    expect(slugFromHeadline("Óscar Chacón: 'Raids Are a Waste,' Advocates Say")).toBe('oscar-chacon-raids-are-a-waste-advocates-say');
  });

  it('cuts long headlines at a word boundary, at most 96 characters', () => {
    const slug = slugFromHeadline(
      "U.S. Should Divert Funding For ICE Raids To Efforts 'To Combat White Nationalist Terrorism,' Immigration Advocates Say"
    );
    expect(slug).toBe('us-should-divert-funding-for-ice-raids-to-efforts-to-combat-white-nationalist-terrorism');
    expect(slug.length).toBeLessThanOrEqual(96);
  });
});

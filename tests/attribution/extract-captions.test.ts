import { extract } from '../../plugin/shared/attribution';

describe('extract: photo captions', () => {
  it('reads a trailing title line and caption with its credit', () => {
    const text = 'Headline\n\nA paragraph.\n\nFlood relief\nVolunteers stack sandbags in Dover. Tom Cooper/Getty';
    const [caption] = extract(text).photoCaptions;
    expect(caption).toMatchObject({
      title: 'Flood relief',
      caption: 'Volunteers stack sandbags in Dover.',
      credit: 'Tom Cooper/Getty',
      creator: 'Tom Cooper',
      agency: 'Getty',
    });
    expect(text.slice(caption!.start, caption!.end)).toBe('Flood relief\nVolunteers stack sandbags in Dover. Tom Cooper/Getty');
    expect(extract(text).quotes).toEqual([]);
  });

  it('reads AP-style credits the other way round', () => {
    const text = 'Headline\n\nA paragraph.\n\nRally\nSupporters cheer in Ohio. (AP Photo/Evan Vucci)';
    expect(extract(text).photoCaptions[0]).toMatchObject({ creator: 'Evan Vucci', agency: 'AP' });
  });

  it('reports a caption block without a credit as such, and no caption for a normal last paragraph', () => {
    expect(extract('Headline\n\nA paragraph.\n\nRally\nSupporters cheer in Ohio.').photoCaptions[0]).toMatchObject({ credit: null });
    expect(extract('Headline\n\nA paragraph.\n\nAnother paragraph, the last one.').photoCaptions).toEqual([]);
  });
});

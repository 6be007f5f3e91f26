import { extract } from '../../plugin/shared/attribution';
import { quoteOf } from './helpers';

const HEAD = 'Family Store Reopens\n\n';
const FAMILY =
  `${HEAD}Maria Lopez and her father, Jorge Lopez, reopened the family bakery on Saturday.\n\n`;

describe('extract: relatives who share a surname', () => {
  it('leaves a bare shared surname unattributed when two people carry it', () => {
    const text = `${FAMILY}"We are going to rebuild it the way it was," Lopez said.`;
    expect(quoteOf(extract(text), 'We are going').speaker).toBeNull();
  });

  it('resolves "the elder X" and "the younger X" through the family relation', () => {
    const text = `${FAMILY}"I have seen two floods," the elder Lopez said.\n\n"He has seen three," the younger Lopez said.`;
    const result = extract(text);
    expect(quoteOf(result, 'I have seen').speaker).toBe('Jorge Lopez');
    expect(quoteOf(result, 'He has seen').speaker).toBe('Maria Lopez');
  });

  it('resolves "the elder X" through the ages the text gives', () => {
    const text =
      `${HEAD}Ada Brenn, 71, and Tomas Brenn, 44, run the mill together.\n\n"We argue every day," the elder Brenn said.`;
    expect(quoteOf(extract(text), 'We argue').speaker).toBe('Ada Brenn');
  });

  it('resolves "her father said" to the person introduced as her father', () => {
    const text = `${FAMILY}"A website does not sell bread," her father said.`;
    expect(quoteOf(extract(text), 'A website').speaker).toBe('Jorge Lopez');
  });

  it('resolves the inverse relation: "his mother" for the woman introduced with "her son"', () => {
    const text =
      `${HEAD}Wilhelmina Haldane and her son, Jory Haldane, have argued about the orchard all year.\n\n` +
      `"He has spreadsheets," his mother said.`;
    expect(quoteOf(extract(text), 'He has spreadsheets').speaker).toBe('Wilhelmina Haldane');
  });

  it('does not guess a relative the text never introduced', () => {
    const text = `${HEAD}Ines Varga opened the shop in 1990.\n\n"She works too hard," her husband said.`;
    expect(quoteOf(extract(text), 'She works').speaker).toBeNull();
  });

  it('keeps a surname for the person who had it alone before a relative was introduced', () => {
    const text =
      `${HEAD}Jadwiga Kaszuba walked through the foundry. Kaszuba, 63, took it over in 1994.\n\n` +
      `Her brother, Tadeusz Kaszuba, still lives next door.\n\n"I will miss the noise," Kaszuba said.`;
    expect(quoteOf(extract(text), 'I will miss').speaker).toBe('Jadwiga Kaszuba');
  });

  it('reads a first name alone as the one person introduced with it', () => {
    const text = `${FAMILY}"Dad wants it exactly the way it was," Maria said.`;
    expect(quoteOf(extract(text), 'Dad wants').speaker).toBe('Maria Lopez');
  });

  it('learns a gender from the family noun that introduces a name', () => {
    const text =
      `${HEAD}Odalys Brandvold brought the children to the shelter.\n\n` +
      `Her father, Casimir Dunleavy, sat on a cot nearby.\n\n"We lasted one night," she said.`;
    // "she" cannot be her father: the family noun says he is a man.
    expect(quoteOf(extract(text), 'We lasted').speaker).toBe('Odalys Brandvold');
  });

  it('does not make a second person of a business named after the first', () => {
    const text =
      `${HEAD}Thandiwe Molapo is retiring after 40 years.\n\nThe shop is on Carrow Street.\n\n` +
      `Her apprentice, Rasmus Berg, will take over. He has kept the shop's name, Molapo Tailoring.\n\n` +
      `"I will not raise the prices," he said.`;
    expect(quoteOf(extract(text), 'I will not raise').speaker).toBe('Rasmus Berg');
  });
});

import { extract } from '../../plugin/shared/attribution';
import { quoteOf } from './helpers';

const HEAD = 'Levy Heads to Voters\n\n';

describe('extract: speakers carried between paragraphs', () => {
  it('gives "she said" to the one who spoke in the paragraph before, not the woman she spoke about', () => {
    const text =
      `${HEAD}"People are waiting for a computer," library director Henrike Salvesen said.\n\n` +
      `Board member Oriane Castellucci, who voted for the measure, said she had asked Salvesen for the figures herself.\n\n` +
      `"I did not believe the numbers until I saw the line," she said.`;
    expect(quoteOf(extract(text), 'I did not believe').speaker).toBe('Oriane Castellucci');
  });

  it('continues the speaker across a paragraph that brings in nobody else', () => {
    const text =
      `${HEAD}"You learn their voices," said Ingrid Vasquez-Holt, a marine mechanic.\n\n` +
      `The ferry crosses the sound 14 times a day, and the county has no spare boat.\n\n` +
      `"If this boat stops, the island stops."`;
    expect(quoteOf(extract(text), 'If this boat').speaker).toBe('Ingrid Vasquez-Holt');
  });

  it('does not continue the speaker across a paragraph that introduces someone else', () => {
    const text =
      `${HEAD}"You learn their voices," said Ingrid Vasquez-Holt, a marine mechanic.\n\n` +
      `Her apprentice, Tomasz Rybczyk, joined the crew two years ago.\n\n` +
      `"The course teaches you how an engine should work."`;
    expect(quoteOf(extract(text), 'The course').speaker).toBeNull();
  });

  it('does not continue the speaker across a paragraph that introduces an unnamed person', () => {
    const text =
      `${HEAD}"You learn their voices," said Ingrid Vasquez-Holt, a marine mechanic.\n\n` +
      `A passenger on the car deck watched the ramp come down.\n\n` +
      `"It is always late in the cold."`;
    expect(quoteOf(extract(text), 'It is always').speaker).toBeNull();
  });

  it('resolves "the mechanic said" to the person an appositive gave that trade', () => {
    const text = `${HEAD}Ingrid Vasquez-Holt, a marine mechanic, has kept the engines running.\n\n"One of them coughs when it is cold," the mechanic said.`;
    expect(quoteOf(extract(text), 'One of them').speaker).toBe('Ingrid Vasquez-Holt');
  });

  it('reads "In the words of X," as an attribution, and "X\'s response was short:" too', () => {
    const text =
      `${HEAD}In the words of Ambrose Teller, who owns a hardware store, "The library is lovely, and I cannot pay twice."\n\n` +
      `Library director Henrike Salvesen's response was short: "Come and see the line."`;
    const result = extract(text);
    expect(quoteOf(result, 'The library is lovely').speaker).toBe('Ambrose Teller');
    expect(quoteOf(result, 'Come and see').speaker).toBe('Henrike Salvesen');
  });

  it('gives a quotation to the person the sentence before it is about, when the story quotes them elsewhere', () => {
    const text =
      `${HEAD}"She barks at everything," Gunnar Ottesen said of his collie.\n\n` +
      `The goats spent the night in the garage. Ottesen laughed when asked about them. "They ate a doormat."`;
    expect(quoteOf(extract(text), 'They ate a doormat').speaker).toBe('Gunnar Ottesen');
  });

  it('does not give a quotation to a person the story only describes doing something', () => {
    const text = `${HEAD}The goats spent the night in the garage. Gunnar Ottesen shrugged at the mess. "They ate a doormat."`;
    expect(quoteOf(extract(text), 'They ate a doormat').speaker).toBeNull();
  });

  it('does not give a written notice to the person pointing at it', () => {
    const text =
      `${HEAD}"We need snow," Dolores Ybarra said.\n\nYbarra pointed at the sign in the window of the cafe. "PRAY FOR SNOW."`;
    expect(quoteOf(extract(text), 'PRAY FOR SNOW').speaker).toBeNull();
  });

  it('reads a place after "of" followed by ", who" as a person', () => {
    const text =
      `${HEAD}The plan was opposed by Ambrose Teller, who owns a hardware store.\n\nTeller brought his tax bill and read from it.\n\n` +
      `"My taxes went up last year," Teller said.\n\n"Nobody asked me about that one."`;
    const q = quoteOf(extract(text), 'Nobody asked');
    expect(q.speaker).toBe('Ambrose Teller');
    expect(q.speakerKind).toBe('person');
  });
});

describe('extract: roles and genders the text gives in passing', () => {
  it('leaves "the teacher said" unattributed when two people were introduced as teachers', () => {
    const text =
      `${HEAD}The teacher is Ruairi Delahunt. Once a week a music teacher, Orla Brennan, comes over on the ferry.\n\n` +
      `"They learn it twice by teaching it," the teacher said.`;
    expect(quoteOf(extract(text), 'They learn it').speaker).toBeNull();
  });

  it('reads a role from "X is a ..." and "The ... is X"', () => {
    const text = `${HEAD}The teacher is Ruairi Delahunt. Keane is a harbor pilot.\n\n"Nine children in one room is not quiet," the teacher said.`;
    expect(quoteOf(extract(text), 'Nine children').speaker).toBe('Ruairi Delahunt');
  });

  it('learns a gender from a compound noun: "Delahunt is a former fisherman"', () => {
    const text =
      `${HEAD}Siobhan Keane runs the harbor.\n\nKeane walked up the hill with Ruairi Delahunt. Delahunt is a former fisherman.\n\n` +
      `"Two more years," she said.`;
    // Without the compound, Delahunt is the nearest name that could be "she".
    expect(quoteOf(extract(text), 'Two more years').speaker).toBe('Siobhan Keane');
  });

  it('gives "she said" to the nearest person the text calls "she" over people of unknown gender', () => {
    const text =
      `${HEAD}Ruairi Delahunt walked to the harbor with Siobhan Keane. Keane is the harbor pilot. She led the last campaign.\n\n` +
      `"They wanted to put children on a ferry in January," she said.`;
    expect(quoteOf(extract(text), 'They wanted').speaker).toBe('Siobhan Keane');
  });
});

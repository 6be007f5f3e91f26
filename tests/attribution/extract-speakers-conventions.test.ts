import { extract } from '../../plugin/shared/attribution';
import { quoteOf } from './helpers';

const HEAD = 'Storm Hits the Valley\n\n';

describe('extract: news conventions for speakers', () => {
  it('gives "the airline said" to the bare name that opens the story', () => {
    const text =
      `${HEAD}TORVIK (Ledger Wire) — Halcyon Northern canceled more than 60 flights on Tuesday after a fuel dispute.\n\n` +
      `"We are sorry for the disruption," the airline said in a statement.`;
    const q = quoteOf(extract(text), 'We are sorry');
    expect(q.speaker).toBe('Halcyon Northern');
    expect(q.speakerKind).toBe('organization');
  });

  it('creates the organization for a one-word lede subject ("Brightloom today announced")', () => {
    const text = `${HEAD}ELDON — Brightloom today announced that it will expand its cannery.\n\n"We will hire in the spring," the company said.`;
    expect(quoteOf(extract(text), 'We will hire').speaker).toBe('Brightloom');
  });

  it('keeps a lede subject that the text later calls by surname a person', () => {
    const text =
      `${HEAD}Teodor Vass resigned on Monday after the fuel dispute.\n\nVass said he was proud of the airline.\n\n` +
      `"It was the right time," the airline said.`;
    expect(quoteOf(extract(text), 'It was the right').speaker).toBeNull();
  });

  it('does not read the dateline place as a speaker', () => {
    const text = `${HEAD}ELDON — Ice brought down lines overnight.\n\n"Stay away from the wires," the agency said.`;
    expect(quoteOf(extract(text), 'Stay away').speaker).toBeNull();
  });

  it('reads "That was how X put it" after a quotation as its attribution', () => {
    const text = `${HEAD}"We cannot pave our way out of this." That was how Mayor Talia Brennock summed up the budget on Tuesday.`;
    expect(quoteOf(extract(text), 'We cannot pave').speaker).toBe('Talia Brennock');
  });

  it('reads "Those were the words of X" after a quotation as its attribution', () => {
    const text = `${HEAD}"It is a bandage on a broken leg." Those were the words of Councilman Rudy Szabo, who represents the east side.`;
    expect(quoteOf(extract(text), 'It is a bandage').speaker).toBe('Rudy Szabo');
  });

  it('does not read a following sentence that names someone without an attribution', () => {
    const text = `${HEAD}"We cannot pave our way out of this." Mayor Talia Brennock left the meeting early.`;
    expect(quoteOf(extract(text), 'We cannot pave').speaker).toBeNull();
  });

  it('reads the next sentence of the paragraph when it reports on the quotation ("X shook her head and laughed")', () => {
    const text =
      `${HEAD}"They are not ideal houseguests." Marit Ottesen shook her head and laughed.\n\n` +
      `"We lost everything." Dolores Ybarra said the flood had taken the barn too.`;
    const result = extract(text);
    expect(quoteOf(result, 'They are not ideal').speaker).toBe('Marit Ottesen');
    expect(quoteOf(result, 'We lost everything').speaker).toBe('Dolores Ybarra');
  });

  it('does not read a next sentence whose reporting subject is not a name or a pronoun', () => {
    const text = `${HEAD}"We lost everything." The insurer told Dolores Ybarra that the barn was not covered.`;
    expect(quoteOf(extract(text), 'We lost everything').speaker).toBeNull();
  });

  it('does not take a school or a fort for a person a pronoun could mean', () => {
    const text =
      `${HEAD}Nico Albescu, a junior, plays soccer for Garfield High. Garfield High students filled the room, and Fort Calder police waited outside.\n\n` +
      `"Don't ask me to wear blue," he said.`;
    expect(quoteOf(extract(text), "Don't ask").speaker).toBe('Nico Albescu');
  });

  it('continues a speaker across a beat that opens with "Then"', () => {
    const text =
      `${HEAD}"Every single night," Odile Marchetti said.\n\nThen she laughed.\n\n"So I suppose I am stopping a little early."`;
    expect(quoteOf(extract(text), 'So I suppose').speaker).toBe('Odile Marchetti');
  });

  it('gives a quotation paragraph to the reported speaker of the paragraph before it', () => {
    const text =
      `${HEAD}Councilwoman Irena Pavlic asked for the delay.\n\n` +
      `Developer Calum Ferris said he had not been told about the delay and that Pavlic had not returned his calls.\n\n` +
      `"Nobody from the council has picked up the phone."`;
    expect(quoteOf(extract(text), 'Nobody from the council').speaker).toBe('Calum Ferris');
  });

  it('does not give a quotation paragraph to a reported speaker when someone new is introduced after them', () => {
    const text =
      `${HEAD}Calum Ferris said his partner, Dagny Holm, had told him to sell the site.\n\n` +
      `"Nobody from the council has picked up the phone."`;
    expect(quoteOf(extract(text), 'Nobody from the council').speaker).toBeNull();
  });

  it('resolves "the 44-year-old said" to the person given that age', () => {
    const text =
      `${HEAD}Near the back sat Teodora Vukic, 44, a baker, and Ivo Marek, 61, a cleaner.\n\n"He pretends he does not eat them," the 44-year-old said.`;
    expect(quoteOf(extract(text), 'He pretends').speaker).toBe('Teodora Vukic');
  });

  it('reads the subject of an object relative clause: "which Molapo describes as"', () => {
    const text = `${HEAD}Thandiwe Molapo kept the prices, which Molapo describes as "too low for anyone with sense."`;
    expect(quoteOf(extract(text), 'too low').speaker).toBe('Thandiwe Molapo');
  });

  it('finds a name that starts a sentence right after a capitalized word ends one', () => {
    const text =
      `${HEAD}Rosalind Achterberg waited all night. Ilse Marrow, a spokeswoman, said help was coming.\n\n` +
      `Long lines remained in Torvik. Achterberg held up her phone.\n\n"I will get there," she said.`;
    expect(quoteOf(extract(text), 'I will get there').speaker).toBe('Rosalind Achterberg');
  });

  it('learns a gender from a role noun that introduces a name ("A spokeswoman for X, Ilse Marrow")', () => {
    const text =
      `${HEAD}The union's lawyer, Kiran Adeyemi, spoke first, before a spokeswoman for the directorate, Ilse Marrow, arrived.\n\n` +
      `"We will appeal," he said.`;
    expect(quoteOf(extract(text), 'We will appeal').speaker).toBe('Kiran Adeyemi');
  });

  it('reads "put it this way:" as an attribution', () => {
    const text = `${HEAD}Mayor Dov Erlich put it this way: "One more month will not kill anyone."`;
    expect(quoteOf(extract(text), 'One more month').speaker).toBe('Dov Erlich');
  });
});

import fc from 'fast-check';
import { extract } from '../../plugin/shared/attribution';
import { findSpeechVerbs, SPEECH_VERB_FORMS } from '../../plugin/shared/attribution/lexicon/speech-verbs';
import { normalizeWithMap } from '../../plugin/shared/attribution/text/normalize';
import { quoteOf } from './helpers';

const HEAD = 'Council Votes on Budget\n\n';

describe('extract: speakers the context introduces', () => {
  it('gives a quotation paragraph to the "X wrote:" that closes the paragraph before it', () => {
    const text =
      `${HEAD}Lorna Eskildsen, who led the cooperative for a decade, resigned on Monday. Eskildsen wrote:\n\n` +
      `"I did not take a dollar.\n\n"But the money went missing while I was in charge."\n\n` +
      `Her deputy, Ivo Brandt, sent a note to staff. In it, he wrote:\n\n"We will get through this."`;
    const result = extract(text);
    expect(quoteOf(result, 'I did not take').speaker).toBe('Lorna Eskildsen');
    expect(quoteOf(result, 'We will get through').speaker).toBe('Ivo Brandt');
  });

  it('does not read a colon in the middle of a paragraph as an introduction of the next one', () => {
    const text = `${HEAD}The agenda had two items: parks and roads.\n\n"It was loud."`;
    expect(quoteOf(extract(text), 'It was loud').speaker).toBeNull();
  });

  it('resolves "the official said" to an unnamed source introduced in indirect speech', () => {
    const text =
      `${HEAD}A senior official at the finance ministry, who spoke on condition of anonymity, said the plan was late.\n\n` +
      `"We cannot pay for all of it," the official said.`;
    const q = quoteOf(extract(text), 'We cannot pay');
    expect(q.speaker).toBe('A senior official at the finance ministry');
    expect(q.speakerKind).toBe('anonymous');
  });

  it('tells a second unnamed official from the first, and prefers a named official introduced later', () => {
    const text =
      `${HEAD}One official, who asked not to be named, said the vote was close. A second official, who works in planning, said costs had doubled.\n\n` +
      `"The numbers keep moving," the second official said.\n\n` +
      `City finance official Marta Ilves said the city would borrow.\n\n"We have no choice," the official said.`;
    const result = extract(text);
    expect(quoteOf(result, 'The numbers keep').speaker).toBe('A second official');
    expect(quoteOf(result, 'We have no choice').speaker).toBe('Marta Ilves');
  });

  it('resolves a pronoun to an unnamed source introduced after the last named person', () => {
    const text =
      `${HEAD}Police said Corey Vance lost control of the car. A woman who lives near the crash site said she heard brakes.\n\n` +
      `"It was over in a second," she said.`;
    expect(quoteOf(extract(text), 'It was over').speaker).toBe('A woman who lives near the crash site');
  });

  it('learns that a name with no organization word is an organization: acronym in parentheses', () => {
    const text =
      `${HEAD}Passenger Rights Now (PRN) said the outage was the third this year.\n\n` +
      `"It is a pattern," PRN said.\n\n"Regulators should act," the group said.`;
    const result = extract(text);
    expect(quoteOf(result, 'It is a pattern')).toMatchObject({ speaker: 'Passenger Rights Now', speakerKind: 'organization' });
    expect(quoteOf(result, 'Regulators should').speaker).toBe('Passenger Rights Now');
  });

  it('resolves "the company said" to a name that acted like an institution, and leaves people alone', () => {
    const company =
      `${HEAD}Harrow Valley Grocers said it would match every donation this month.\n\n` +
      `"We want to help them get back on their feet," the company said in a statement.`;
    expect(quoteOf(extract(company), 'We want to help')).toMatchObject({ speaker: 'Harrow Valley Grocers', speakerKind: 'organization' });
    const person = `${HEAD}Marta Ilves said she would match every donation.\n\n"We want to help," the company said.`;
    expect(quoteOf(extract(person), 'We want to help').speaker).toBeNull();
  });

  it('resolves "the statement added" to whoever issued the last statement', () => {
    const text =
      `${HEAD}"We stopped flying," Brightwing, a regional airline, said in a statement. ` +
      `Mayor Ana Ortiz called the outage embarrassing.\n\n` +
      `The statement added that engineers expected "a gradual return to normal operations" by Wednesday.`;
    expect(quoteOf(extract(text), 'a gradual return').speaker).toBe('Brightwing');
  });

  it('does not guess the issuer of a statement the text never attributed', () => {
    const text = `${HEAD}The council met on Monday.\n\nThe statement said the budget was "balanced at last."`;
    expect(quoteOf(extract(text), 'balanced').speaker).toBeNull();
  });

  it('learns a gender from the pronouns the text ties to a name', () => {
    const text =
      `${HEAD}Avery Kettering, who runs the Tanner Street Diner, said she expected to lose customers. ` +
      `Robin Tate runs the bakery next door.\n\n"Half my breakfast crowd comes over that bridge," she said.`;
    // Without "said she", two people of unknown gender: no guess (see extract-speakers.test.ts).
    expect(quoteOf(extract(text), 'Half my breakfast').speaker).toBe('Avery Kettering');
  });

  it('splits two people joined by "and", but not a firm or an agency', () => {
    const text =
      `${HEAD}Rui Takeda and Sunniva Brekke run stalls side by side.\n\n"He exaggerates," Brekke said.\n\n` +
      `The Department of Health and Human Services said it was "monitoring the market."`;
    const result = extract(text);
    expect(quoteOf(result, 'He exaggerates').speaker).toBe('Sunniva Brekke');
    expect(quoteOf(result, 'monitoring').speaker).toBe('Department of Health and Human Services');
  });

  it('does not give "the former chief" to the chief in office', () => {
    const text =
      `${HEAD}Former Police Chief Monica Albright criticized the policy. Police Chief Renata Okonkwo defended it.\n\n` +
      `"It was the wrong call," the former chief said.\n\n"I stand by my officers," the chief said.`;
    const result = extract(text);
    expect(quoteOf(result, 'It was the wrong call').speaker).toBe('Monica Albright');
    expect(quoteOf(result, 'I stand by').speaker).toBe('Renata Okonkwo');
  });

  it('keeps the speaker across a short beat paragraph with a fitting pronoun, not across a named one', () => {
    const text =
      `${HEAD}"My father would say sell it," Jadwiga Kaszuba said.\n\nShe laughed, then stopped.\n\n"I am still listening."\n\n` +
      `Tadeusz Kaszuba walked in.\n\n"Nobody asked me."`;
    const result = extract(text);
    expect(quoteOf(result, 'I am still listening').speaker).toBe('Jadwiga Kaszuba');
    expect(quoteOf(result, 'Nobody asked me').speaker).toBeNull();
  });

  it('gives a quotation paragraph to the one quoted person the paragraph before it is about', () => {
    const base = `${HEAD}"I never ran a business," Margaret Hollis said.\n\nThe paper lost money for a decade. `;
    const one = `${base}Hollis bought it anyway, in March.\n\n"Somebody had to."`;
    expect(quoteOf(extract(one), 'Somebody had to').speaker).toBe('Margaret Hollis');
    const two = `${base}Hollis bought it from Dana Kowalczyk in March.\n\n"Somebody had to."`;
    expect(quoteOf(extract(two), 'Somebody had to').speaker).toBeNull();
  });

  it('gives a verb that shares its subject ("declined to comment but told") to that subject', () => {
    const text = `${HEAD}Health Minister Corinna Vasel declined to comment on Thursday but told lawmakers that "no decision has been taken."`;
    expect(quoteOf(extract(text), 'no decision').speaker).toBe('Corinna Vasel');
  });

  it('ignores the agency in a dateline and reads a title with a period', () => {
    const text =
      `${HEAD}PORTHAVEN (Ledger Wire) — Skyline Atlantic cancelled flights on Tuesday. "We are sorry," it said.\n\n` +
      `The parish priest, the Rev. Anselm Dobrowolski, has written to the council. In his letter, he wrote:\n\n"A bell is not a building."`;
    const result = extract(text);
    expect(quoteOf(result, 'We are sorry').speaker).not.toBe('Ledger Wire');
    expect(quoteOf(result, 'A bell is not').speaker).toBe('Anselm Dobrowolski');
  });

  it('finds an organization by the start of its name: "Riverside General" for "Riverside General Hospital"', () => {
    const text = `${HEAD}Riverside General Hospital opened a ward.\n\n"Our nurses are the heart of this hospital," Riverside General said in a statement.`;
    expect(quoteOf(extract(text), 'Our nurses').speaker).toBe('Riverside General Hospital');
  });
});

describe('text helpers stay equivalent to their plain definitions', () => {
  const FORMS = new Set(SPEECH_VERB_FORMS);
  /** The plain definition findSpeechVerbs must agree with: a regex word scan and set lookups. */
  function reference(text: string): Array<[number, string]> {
    const out: Array<[number, string]> = [];
    for (const m of text.matchAll(/[\p{L}\p{M}'’-]+/gu)) {
      const word = m[0].toLowerCase();
      if (FORMS.has(word)) out.push([m.index, m[0]]);
      else {
        const particle = /^\s+(out|in)(?![\p{L}])/u.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 8));
        if (particle && FORMS.has(`${word} ${particle[1]!.toLowerCase()}`)) out.push([m.index, m[0] + particle[0]]);
      }
    }
    return out;
  }
  const pieces = fc.constantFrom('said', 'Said', 'SAYS', 'told', 'chimed', 'pointed', 'in', 'out', ' ', '-', "'", '’', 'é', '𝐀', '😀', ',', 'x', '\u0001');

  it('findSpeechVerbs matches a regex word scan', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 14 }), (parts) => {
        const text = parts.join('');
        expect(findSpeechVerbs(text).map((v): [number, string] => [v.index, v[0]])).toEqual(reference(text));
      }),
      { numRuns: 400, seed: 11 },
    );
  });

  it('normalizeWithMap straightens typography and maps every character back', () => {
    const input = '  He said “it’s fine” — twice…\n\nOK ';
    const n = normalizeWithMap(input, { dropDoubleQuotes: true });
    expect(n.text).toBe("He said it's fine - twice... OK");
    expect(n.map.length).toBe(n.text.length + 1);
    for (let i = 0; i < n.text.length; i++) {
      const original = input[n.map[i]!]!;
      if (/[a-zA-Z]/.test(n.text[i]!)) expect(original).toBe(n.text[i]);
    }
    expect(n.map[n.text.length]).toBe(input.length);
  });
});

import { runCli, type CliIo } from '../../scripts/cli';
import { story, quote, source } from './helpers';

function fakeIo(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (l) => out.push(l),
    stderr: (l) => err.push(l),
    readFile: (path) => {
      if (!(path in files)) throw Object.assign(new Error('nope'), { code: 'ENOENT' });
      return files[path]!;
    },
  };
  return { io, out, err };
}

const BODY = '"We will rebuild," Mayor Ana Ortiz said.';

describe('newsroom CLI', () => {
  it('extract prints the extraction as JSON', async () => {
    const { io, out } = fakeIo({ 'a.txt': `Headline\n\n${BODY}` });
    expect(await runCli(['extract', 'a.txt'], io)).toBe(0);
    const json = JSON.parse(out.join('\n'));
    expect(json.headline).toBe('Headline');
    expect(json.quotes[0]).toMatchObject({ text: 'We will rebuild', speaker: 'Ana Ortiz', speakerTitle: 'Mayor' });
  });

  it('check exits 0 on a clean story, accepting the REST envelope', async () => {
    const clean = story(BODY, { quotes: [quote('We will rebuild', source('Ana Ortiz'))] });
    const { io, out } = fakeIo({ 's.json': JSON.stringify({ data: clean }) });
    expect(await runCli(['check', 's.json'], io)).toBe(0);
    expect(out.join('\n')).toContain('no findings');
  });

  it('check prints findings readably, or as JSON, and exits 1 on an error-level finding', async () => {
    const bad = story(BODY, { quotes: [quote('We will rebuild', null)] });
    const files = { 's.json': JSON.stringify(bad) };
    const text = fakeIo(files);
    expect(await runCli(['check', 's.json'], text.io)).toBe(1);
    expect(text.out[0]).toMatch(/^ERROR +QUOTE_UNATTRIBUTED \[1-16\] \(quote q-We will rebu\): The quote “We will rebuild” has no speaker\.$/);
    const json = fakeIo(files);
    expect(await runCli(['check', 's.json', '--json'], json.io)).toBe(1);
    expect(JSON.parse(json.out.join('\n'))[0]).toMatchObject({ code: 'QUOTE_UNATTRIBUTED', start: 1, end: 16 });
  });

  it('exits 2 naming the file and the zod path when the story is invalid', async () => {
    const broken = { ...story(BODY), quotes: [{ documentId: 'q1', text: 42 }] };
    const { io, err } = fakeIo({ 'bad.json': JSON.stringify(broken), 'nojson.json': '{' });
    expect(await runCli(['check', 'bad.json'], io)).toBe(2);
    expect(err.join('\n')).toMatch(/bad\.json is not a valid story/);
    expect(err.join('\n')).toContain('story.quotes[0].text');
    expect(await runCli(['check', 'nojson.json'], io)).toBe(2);
    expect(err.join('\n')).toMatch(/nojson\.json is not valid JSON/);
    expect(await runCli(['check', 'missing.json'], io)).toBe(2);
    expect(err.join('\n')).toContain('cannot read missing.json: ENOENT');
  });

  it('prints usage for --help and exits 2 on an unknown command', async () => {
    const help = fakeIo({});
    expect(await runCli(['--help'], help.io)).toBe(0);
    expect(help.out.join('\n')).toMatch(/extract FILE[\s\S]*check FILE\.json/);
    const unknown = fakeIo({});
    expect(await runCli(['frobnicate'], unknown.io)).toBe(2);
    expect(unknown.err.join('\n')).toMatch(/unknown command "frobnicate"[\s\S]*Usage:/);
  });
});

/**
 * Examples as printed for people (the demo's banner, the README's code blocks), turned into
 * requests against a test server, so the tests run what a reader would copy.
 */
export interface ExampleRequest {
  label: string;
  url: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
}

const PRINTED_ORIGIN = /^http:\/\/localhost:\d+/;

/** Splits a shell command line into words, honouring single and double quotes. */
const shellWords = (line: string): string[] => {
  const words: string[] = [];
  const pattern = /'([^']*)'|"((?:[^"\\]|\\.)*)"|(\S+)/g;
  for (const match of line.matchAll(pattern)) words.push(match[1] ?? match[2]?.replace(/\\(.)/g, '$1') ?? match[3]);
  return words;
};

/** A `curl` command (continued lines joined) as a request to `serverUrl` instead of localhost. */
export const curlRequest = (command: string, serverUrl: string): ExampleRequest => {
  const words = shellWords(command.replace(/\\\n\s*/g, ' '));
  if (words[0] !== 'curl') throw new Error(`not a curl command: ${command}`);
  const headers: Record<string, string> = {};
  let url = '';
  let body: string | undefined;
  for (let i = 1; i < words.length; i += 1) {
    const word = words[i];
    if (word === '-H' || word === '--header') {
      const [name, ...value] = words[(i += 1)].split(':');
      headers[name.trim().toLowerCase()] = value.join(':').trim();
    } else if (word === '-d' || word === '--data') body = words[(i += 1)];
    else if (/^https?:\/\//.test(word)) url = word;
    else if (!word.startsWith('-')) throw new Error(`curl argument not understood: ${word}`);
  }
  return { label: command, url: url.replace(PRINTED_ORIGIN, serverUrl), method: body === undefined ? 'GET' : 'POST', headers, body };
};

/** A GraphQL query as printed, posted to `serverUrl`/graphql. */
export const graphqlRequest = (query: string, serverUrl: string): ExampleRequest => ({
  label: query,
  url: `${serverUrl}/graphql`,
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query }),
});

/** The fenced code blocks of a Markdown text, with their language. */
export const codeBlocks = (markdown: string): Array<{ language: string; code: string }> =>
  [...markdown.matchAll(/^```(\w*)\n([\s\S]*?)^```/gm)].map((match) => ({ language: match[1], code: match[2] }));

/** The curl commands of a shell block, each with its continuation lines, without trailing comments or redirections. */
export const curlCommands = (shell: string): string[] => {
  const commands: string[] = [];
  let current = '';
  for (const line of shell.split('\n')) {
    current += line;
    if (line.endsWith('\\')) {
      current += '\n';
      continue;
    }
    commands.push(current);
    current = '';
  }
  if (current) commands.push(current);
  return commands
    .filter((line) => line.trimStart().startsWith('curl '))
    .map((line) => line.replace(/\s+#.*$/, '').replace(/\s*>\s*\S+\s*$/, '').trim());
};

export interface ExampleResult {
  status: number;
  /** The parsed JSON body, whatever the example's route sent (as support/http.ts). */
  body: any;
}

export const runExample = async (request: ExampleRequest): Promise<ExampleResult> => {
  const response = await fetch(request.url, { method: request.method, headers: request.headers, body: request.body });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
};

/** What a working example gives: a 200 with something in `data`, and no GraphQL error. */
export const isUseful = (result: ExampleResult): boolean => {
  const data = result.body?.data;
  const hasData = Array.isArray(data) ? data.length > 0 : data !== null && typeof data === 'object' && Object.keys(data).length > 0;
  return result.status === 200 && !result.body?.errors && (hasData || result.body?.openapi !== undefined);
};

/** An address as printed (`http://localhost:1337/api/…`), fetched from `serverUrl` instead. */
export const addressRequest = (address: string, serverUrl: string): ExampleRequest => ({
  label: address,
  url: address.replace(PRINTED_ORIGIN, serverUrl),
  method: 'GET',
  headers: {},
});

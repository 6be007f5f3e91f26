import { check, type Finding } from '../../plugin/shared/attribution';
import { InputError, readInput } from './read-input';
import { parseStory } from './story-schema';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type Command } from './types';

function position(f: Finding): string {
  return f.start === undefined ? '' : ` [${f.start}-${f.end ?? f.start}]`;
}

export function formatFinding(f: Finding): string {
  const target = f.target.documentId ? ` (${f.target.type} ${f.target.documentId})` : ` (${f.target.type})`;
  return `${f.severity.toUpperCase().padEnd(7)} ${f.code}${position(f)}${target}: ${f.message}`;
}

export const checkCommand: Command = {
  name: 'check',
  summary: 'Check a story JSON (bare, or { data: story } as the REST API returns) for attribution problems.',
  usage: 'check FILE.json [--json]   print findings; exit 1 if any error-level finding, 2 on invalid input',
  run(args, io) {
    const file = args.find((a) => !a.startsWith('-'));
    let raw: string;
    try {
      raw = readInput(io, file);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      io.stderr(`newsroom check: ${error.message}`);
      return EXIT_USAGE;
    }
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (error) {
      io.stderr(`newsroom check: ${file} is not valid JSON: ${(error as Error).message}`);
      return EXIT_USAGE;
    }
    const parsed = parseStory(json);
    if (!parsed.ok) {
      io.stderr(`newsroom check: ${file} is not a valid story:`);
      for (const problem of parsed.problems) io.stderr(`  ${problem}`);
      return EXIT_USAGE;
    }
    const findings = check(parsed.story);
    if (args.includes('--json')) io.stdout(JSON.stringify(findings, null, 2));
    else if (findings.length === 0) io.stdout(`${file}: no findings.`);
    else {
      for (const f of findings) io.stdout(formatFinding(f));
      const errors = findings.filter((f) => f.severity === 'error').length;
      io.stdout(`${findings.length} finding(s), ${errors} error(s).`);
    }
    return findings.some((f) => f.severity === 'error') ? EXIT_FINDINGS : EXIT_OK;
  },
};

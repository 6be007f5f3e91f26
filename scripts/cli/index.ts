import { checkCommand } from './check';
import { extractCommand } from './extract';
import { importCommand } from './import';
import { EXIT_OK, EXIT_USAGE, type CliIo, type Command } from './types';

/** Command name -> module. Add a command by adding its module here. */
export const commands: Record<string, Command> = {
  [extractCommand.name]: extractCommand,
  [checkCommand.name]: checkCommand,
  [importCommand.name]: importCommand,
};

export function usage(): string {
  const lines = ['Usage: npm run -s newsroom -- <command> [args]', '', 'Commands:'];
  for (const c of Object.values(commands)) lines.push(`  ${c.usage}`, `      ${c.summary}`);
  lines.push('', '  --help    print this help');
  return lines.join('\n');
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage());
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  const command = Object.prototype.hasOwnProperty.call(commands, name) ? commands[name] : undefined;
  if (!command) {
    io.stderr(`newsroom: unknown command "${name}"\n\n${usage()}`);
    return EXIT_USAGE;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(`Usage: npm run -s newsroom -- ${command.usage}\n${command.summary}`);
    return EXIT_OK;
  }
  return command.run(args, io);
}

export type { CliIo, Command } from './types';

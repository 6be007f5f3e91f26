/** What a command may touch: injected so tests can run commands without a process. */
export interface CliIo {
  stdout(line: string): void;
  stderr(line: string): void;
  readFile(path: string): string;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  /** Resolves to the process exit code. */
  run(args: string[], io: CliIo): Promise<number> | number;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

import type { CliIo } from './types';

export class InputError extends Error {}

export function readInput(io: CliIo, file: string | undefined): string {
  if (!file) throw new InputError('missing FILE argument');
  try {
    return io.readFile(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new InputError(`cannot read ${file}: ${reason}`);
  }
}

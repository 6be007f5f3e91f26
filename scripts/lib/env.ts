import { randomBytes } from 'crypto';
import { existsSync, readFileSync, writeFileSync } from 'fs';
import path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..');
const ENV_FILE = path.join(ROOT, '.env');

const SECRET_NAMES = [
  'APP_KEYS',
  'API_TOKEN_SALT',
  'ADMIN_JWT_SECRET',
  'TRANSFER_TOKEN_SALT',
  'JWT_SECRET',
  'ENCRYPTION_KEY',
] as const;

const newSecret = (name: string) =>
  name === 'APP_KEYS'
    ? Array.from({ length: 4 }, () => randomBytes(16).toString('base64')).join(',')
    : randomBytes(16).toString('base64');

const parseEnvFile = (text: string) =>
  new Map(
    text
      .split('\n')
      .map((line) => line.match(/^\s*([A-Z0-9_]+)\s*=\s*(.*)\s*$/))
      .filter((match): match is RegExpMatchArray => Boolean(match))
      .map((match) => [match[1]!, match[2]!] as const)
  );

/**
 * Strapi refuses to start without its secrets. Outside production, secrets that are neither
 * in the environment nor in `.env` are generated once into `.env` (git-ignored), never committed.
 * In production they must come from the environment.
 */
export const ensureSecrets = (): void => {
  const fileValues = existsSync(ENV_FILE) ? parseEnvFile(readFileSync(ENV_FILE, 'utf8')) : new Map();
  const missing = SECRET_NAMES.filter((name) => !process.env[name] && !fileValues.get(name));
  if (missing.length === 0) {
    for (const [name, value] of fileValues) process.env[name] ??= value;
    return;
  }
  if (process.env.NODE_ENV === 'production') {
    throw new Error(`Missing secrets in production: set ${missing.join(', ')} in the environment.`);
  }
  const lines = missing.map((name) => `${name}=${newSecret(name)}`);
  const existing = existsSync(ENV_FILE) ? readFileSync(ENV_FILE, 'utf8').replace(/\n?$/, '\n') : '';
  writeFileSync(ENV_FILE, `${existing}# Generated for local use by scripts/lib/env.ts\n${lines.join('\n')}\n`);
  for (const [name, value] of parseEnvFile(readFileSync(ENV_FILE, 'utf8'))) process.env[name] ??= value;
};

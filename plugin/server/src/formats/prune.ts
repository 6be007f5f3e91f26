/**
 * Drops what a consumer should never see: `undefined`, `null`, empty strings, empty arrays and
 * objects left empty by that. Formatters build with optional values freely and prune once.
 */
export type Json = string | number | boolean | Json[] | { [key: string]: Json };

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function prune(value: unknown): Json | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'boolean') return value;
  if (Array.isArray(value)) {
    const items = value.map(prune).filter((item): item is Json => item !== undefined);
    return items.length > 0 ? items : undefined;
  }
  if (isPlainObject(value)) {
    const out: { [key: string]: Json } = {};
    for (const [key, child] of Object.entries(value)) {
      const pruned = prune(child);
      if (pruned !== undefined) out[key] = pruned;
    }
    return Object.keys(out).length > 0 ? out : undefined;
  }
  return undefined;
}

/** Prunes a document root: the formatters always produce at least an identifier, so never empty. */
export const pruneRoot = (value: Record<string, unknown>): { [key: string]: Json } =>
  (prune(value) as { [key: string]: Json } | undefined) ?? {};

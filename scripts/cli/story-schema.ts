import { z } from 'zod';
import type { Story } from '../../plugin/shared/contracts/story';

const nullableString = z.string().nullable().default(null);

const blockNode: z.ZodType<unknown> = z.lazy(() =>
  z.looseObject({ type: z.string(), text: z.string().optional(), children: z.array(blockNode).optional() }),
);

const sourceSummary = z.looseObject({
  documentId: z.string(),
  name: z.string(),
  kind: z.enum(['person', 'organization', 'anonymous', 'document']),
  title: nullableString,
});

const source = sourceSummary.extend({
  description: nullableString,
  affiliation: sourceSummary.nullable().default(null),
});

const statisticRef = z.looseObject({ documentId: z.string(), value: z.number(), valueText: z.string() });

export const storySchema = z.looseObject({
  documentId: z.string(),
  slug: z.string().default(''),
  headline: z.string(),
  standfirst: nullableString,
  body: z.union([z.string(), z.array(blockNode)]),
  byline: nullableString,
  dateline: nullableString,
  section: nullableString,
  tags: z.array(z.string()).default([]),
  publishedAt: nullableString,
  updatedAt: nullableString,
  quotes: z
    .array(
      z.looseObject({
        documentId: z.string(),
        text: z.string(),
        delivery: z.enum(['spoken', 'statement', 'written', 'interview', 'social-media', 'unknown']).default('unknown'),
        deliveryNote: nullableString,
        isPartial: z.boolean().default(false),
        speaker: source.nullable().default(null),
      }),
    )
    .default([]),
  statistics: z
    .array(
      z.looseObject({
        documentId: z.string(),
        value: z.number(),
        valueText: z.string(),
        unit: nullableString,
        measures: z.string().default(''),
        period: nullableString,
        qualifier: z.enum(['exact', 'more-than', 'less-than', 'about']).default('exact'),
        source: source.nullable().default(null),
        derivation: z.enum(['percent-increase', 'percent-decrease', 'percent-share', 'difference']).nullable().default(null),
        baseline: statisticRef.nullable().default(null),
        comparison: statisticRef.nullable().default(null),
      }),
    )
    .default([]),
  photoCaptions: z
    .array(
      z.looseObject({
        documentId: z.string(),
        title: nullableString,
        caption: z.string(),
        creditLine: nullableString,
        creator: nullableString,
        agency: nullableString,
        copyrightNotice: nullableString,
        altText: nullableString,
        peopleShown: z.array(z.string()).default([]),
        image: z.unknown().nullable().default(null),
      }),
    )
    .default([]),
  sources: z.array(source).default([]),
});

export type StoryParse = { ok: true; story: Story } | { ok: false; problems: string[] };

function pathOf(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : `${acc}.${String(key)}`), 'story');
}

/** Accepts a bare story or the REST envelope `{ data: story }`. */
export function parseStory(json: unknown): StoryParse {
  const candidate =
    json && typeof json === 'object' && !Array.isArray(json) && 'data' in json && !('body' in json)
      ? (json as { data: unknown }).data
      : json;
  const result = storySchema.safeParse(candidate);
  if (result.success) return { ok: true, story: result.data as unknown as Story };
  return { ok: false, problems: result.error.issues.map((issue) => `${pathOf(issue.path)}: ${issue.message}`) };
}

/**
 * The published story as consumers receive it: the `data` object of
 * `GET /api/newsroom/stories/:slug`. The attribution engine's `check` takes this shape,
 * so the server, the admin panel and the CLI all speak about the same thing.
 *
 * One zod schema is the contract: the TypeScript types are inferred from it, the CLI validates
 * its input with it, the enums come from it, the REST routes declare it as their response, and
 * tests/unit/story-contract.test.ts checks the GraphQL type definitions and the content types'
 * enumerations against it. Optional-on-input fields have defaults, so a parsed story always has
 * every field (the inferred types are the output types).
 */
import { z } from 'zod';

export const SOURCE_KINDS = ['person', 'organization', 'anonymous', 'document'] as const;
export const QUOTE_DELIVERIES = ['spoken', 'statement', 'written', 'interview', 'social-media', 'unknown'] as const;
export const STATISTIC_DERIVATIONS = ['percent-increase', 'percent-decrease', 'percent-share', 'difference'] as const;
export const STATISTIC_QUALIFIERS = ['exact', 'more-than', 'less-than', 'about'] as const;

export type SourceKind = (typeof SOURCE_KINDS)[number];
export type QuoteDelivery = (typeof QUOTE_DELIVERIES)[number];
export type StatisticDerivation = (typeof STATISTIC_DERIVATIONS)[number];
export type StatisticQualifier = (typeof STATISTIC_QUALIFIERS)[number];

/** A Strapi blocks paragraph/heading/list node; only text children matter to the engine. */
export interface BlockNode {
  type: string;
  text?: string;
  children?: BlockNode[];
  [key: string]: unknown;
}

const blockNodeSchema: z.ZodType<BlockNode> = z.lazy(() =>
  z.looseObject({ type: z.string(), text: z.string().optional(), children: z.array(blockNodeSchema).optional() })
);

const nullableText = () => z.string().nullable().default(null);

export const sourceSummarySchema = z.object({
  documentId: z.string(),
  name: z.string(),
  kind: z.enum(SOURCE_KINDS),
  title: nullableText(),
});

export const sourceSchema = sourceSummarySchema.extend({
  description: nullableText(),
  /** e.g. the organization a person speaks for. */
  affiliation: sourceSummarySchema.nullable().default(null),
});

export const quoteSchema = z.object({
  documentId: z.string(),
  /** The exact words inside the quotation marks, without a trailing comma. */
  text: z.string(),
  delivery: z.enum(QUOTE_DELIVERIES).default('unknown'),
  /** How the words reached the reporter, as the story says it: "in a statement sent to Newsweek". */
  deliveryNote: nullableText(),
  /** True when the marks enclose only part of a sentence the speaker said. */
  isPartial: z.boolean().default(false),
  speaker: sourceSchema.nullable().default(null),
});

export const statisticRefSchema = z.object({ documentId: z.string(), value: z.number(), valueText: z.string() });

export const statisticSchema = z.object({
  documentId: z.string(),
  /** The number, as a number: 144000, 43. */
  value: z.number(),
  /** The figure as written in the story: "144,000", "43 percent". */
  valueText: z.string(),
  /** "percent", "people", "families", "USD"... */
  unit: nullableText(),
  /** What is counted: "Border Patrol apprehensions at the U.S.-Mexico border". */
  measures: z.string().default(''),
  period: nullableText(),
  qualifier: z.enum(STATISTIC_QUALIFIERS).default('exact'),
  source: sourceSchema.nullable().default(null),
  /** Set when the figure is computed from two others: baseline -> comparison. */
  derivation: z.enum(STATISTIC_DERIVATIONS).nullable().default(null),
  baseline: statisticRefSchema.nullable().default(null),
  comparison: statisticRefSchema.nullable().default(null),
});

export const imageSchema = z.object({
  url: z.string(),
  width: z.number().nullable().default(null),
  height: z.number().nullable().default(null),
  mime: nullableText(),
});

export const photoCaptionSchema = z.object({
  documentId: z.string(),
  /** A short title printed above the caption: "ICE protest". */
  title: nullableText(),
  /** IPTC Description / caption. */
  caption: z.string(),
  /** IPTC Credit Line, as printed: "Tom Cooper/Getty". */
  creditLine: nullableText(),
  /** IPTC Creator (the photographer). */
  creator: nullableText(),
  /** IPTC Source / agency: "Getty Images". */
  agency: nullableText(),
  copyrightNotice: nullableText(),
  altText: nullableText(),
  /** IPTC Person Shown. */
  peopleShown: z.array(z.string()).default([]),
  image: imageSchema.nullable().default(null),
});

export const storySchema = z.object({
  documentId: z.string(),
  slug: z.string().default(''),
  headline: z.string(),
  standfirst: nullableText(),
  /** Strapi blocks, or plain text (paragraphs separated by blank lines). */
  body: z.union([z.string(), z.array(blockNodeSchema)]),
  byline: nullableText(),
  dateline: nullableText(),
  section: nullableText(),
  tags: z.array(z.string()).default([]),
  publishedAt: nullableText(),
  updatedAt: nullableText(),
  quotes: z.array(quoteSchema).default([]),
  statistics: z.array(statisticSchema).default([]),
  photoCaptions: z.array(photoCaptionSchema).default([]),
  sources: z.array(sourceSchema).default([]),
});

export type SourceSummary = z.infer<typeof sourceSummarySchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type StatisticRef = z.infer<typeof statisticRefSchema>;
export type Statistic = z.infer<typeof statisticSchema>;
export type PhotoCaption = z.infer<typeof photoCaptionSchema>;
export type Story = z.infer<typeof storySchema>;

/** Top-level story fields a consumer may ask for with `fields`; documentId and slug always come. */
export const STORY_FIELDS = storySchema.keyof().options.filter(
  (field): field is Exclude<keyof Story, 'documentId' | 'slug'> => field !== 'documentId' && field !== 'slug'
);
export type StoryField = (typeof STORY_FIELDS)[number];

/** A story cut down to the `fields` asked for. */
export const partialStorySchema = storySchema.partial().required({ documentId: true, slug: true });
export type PartialStory = z.infer<typeof partialStorySchema>;

export const paginationSchema = z.object({
  page: z.number().int(),
  pageSize: z.number().int(),
  pageCount: z.number().int(),
  total: z.number().int(),
});

/** `GET /api/newsroom/stories/:slug`. */
export const storyResponseSchema = z.object({ data: partialStorySchema, meta: z.object({}) });

/** `GET /api/newsroom/stories`. */
export const storyListResponseSchema = z.object({
  data: z.array(partialStorySchema),
  meta: z.object({ pagination: paginationSchema }),
});

/** `GET /api/newsroom/sources`: sources of published stories, by name. */
export const sourceListResponseSchema = z.object({
  data: z.array(sourceSchema),
  meta: z.object({ pagination: paginationSchema }),
});

/** `GET /api/newsroom/sources/:documentId`: the source and a page of its published stories. */
export const sourceResponseSchema = z.object({
  data: sourceSchema.extend({ stories: z.array(partialStorySchema) }),
  meta: z.object({ pagination: paginationSchema }),
});

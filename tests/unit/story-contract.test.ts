import {
  buildSchema,
  getNamedType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  type GraphQLOutputType,
} from 'graphql';
import type { z } from 'zod';

import { typeDefs } from '../../plugin/server/src/delivery/graphql/type-defs';
import quoteType from '../../plugin/server/src/content-types/quote/schema.json';
import sourceType from '../../plugin/server/src/content-types/source/schema.json';
import statisticType from '../../plugin/server/src/content-types/statistic/schema.json';
import {
  imageSchema,
  photoCaptionSchema,
  QUOTE_DELIVERIES,
  quoteSchema,
  SOURCE_KINDS,
  sourceSchema,
  sourceSummarySchema,
  STATISTIC_DERIVATIONS,
  STATISTIC_QUALIFIERS,
  statisticRefSchema,
  statisticSchema,
  storySchema,
} from '../../plugin/shared/contracts/story';

/**
 * The story contract (plugin/shared/contracts/story.ts) is written once, as a zod schema. What
 * cannot be generated from it is checked against it here: the GraphQL type definitions and the
 * enumerations of the Strapi content types.
 */

interface Expected {
  nullable: boolean;
  list: boolean;
  /** 'object' for a nested type, else the scalar kind. */
  kind: 'object' | 'string' | 'number' | 'boolean' | 'json';
}

// Zod's definitions are internal; this reads only `type` and the wrapped schema of each kind.
type Def = { type: string; innerType?: z.ZodType; element?: z.ZodType };
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

const expectedOf = (schema: z.ZodType): Expected => {
  let nullable = false;
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (def.type === 'default' || def.type === 'optional' || def.type === 'nullable') {
      if (def.type !== 'default') nullable = true;
      current = def.innerType!;
      continue;
    }
    if (def.type === 'array') {
      const element = expectedOf(def.element!);
      return { nullable, list: true, kind: element.kind };
    }
    const kinds: Record<string, Expected['kind']> = {
      object: 'object',
      string: 'string',
      enum: 'string',
      number: 'number',
      boolean: 'boolean',
      union: 'json',
    };
    if (!kinds[def.type]) throw new Error(`no GraphQL counterpart known for zod type "${def.type}"`);
    return { nullable, list: false, kind: kinds[def.type] };
  }
};

const SCALAR_KINDS: Record<string, Expected['kind']> = {
  ID: 'string',
  String: 'string',
  Int: 'number',
  Float: 'number',
  Boolean: 'boolean',
  JSON: 'json',
};

const actualOf = (type: GraphQLOutputType): Expected => {
  const nullable = !(type instanceof GraphQLNonNull);
  const inner = type instanceof GraphQLNonNull ? type.ofType : type;
  const named = getNamedType(inner);
  const kind = named instanceof GraphQLObjectType ? 'object' : SCALAR_KINDS[named.name];
  return { nullable, list: inner instanceof GraphQLList, kind };
};

const schema = buildSchema(`scalar JSON\n${typeDefs.replace('extend type Query', 'type Query')}`);

const PAIRS: Array<[string, z.ZodObject]> = [
  ['PublishedStory', storySchema],
  ['PublishedQuote', quoteSchema],
  ['PublishedSource', sourceSchema],
  ['PublishedSourceSummary', sourceSummarySchema],
  ['PublishedStatistic', statisticSchema],
  ['PublishedStatisticRef', statisticRefSchema],
  ['PublishedPhotoCaption', photoCaptionSchema],
  ['PublishedImage', imageSchema],
];

describe('the story contract', () => {
  it.each(PAIRS)('GraphQL type %s has exactly the fields of the contract, with the same nullability and lists', (typeName, contract) => {
    const type = schema.getType(typeName) as GraphQLObjectType;
    expect(type).toBeInstanceOf(GraphQLObjectType);
    const actual = Object.fromEntries(Object.values(type.getFields()).map((field) => [field.name, actualOf(field.type)]));
    const expected = Object.fromEntries(Object.entries(contract.shape).map(([name, field]) => [name, expectedOf(field as z.ZodType)]));
    expect(actual).toEqual(expected);
  });

  it("gives the content types' enumerations the contract's values", () => {
    expect(quoteType.attributes.delivery.enum).toEqual([...QUOTE_DELIVERIES]);
    expect(sourceType.attributes.kind.enum).toEqual([...SOURCE_KINDS]);
    expect(statisticType.attributes.qualifier.enum).toEqual([...STATISTIC_QUALIFIERS]);
    expect(statisticType.attributes.derivation.enum).toEqual([...STATISTIC_DERIVATIONS]);
  });

  it('fills the defaults a partial story leaves out and names the field that is wrong', () => {
    const parsed = storySchema.parse({ documentId: 's1', headline: 'H', body: 'Text', quotes: [{ documentId: 'q1', text: 'We won' }] });
    expect(parsed.quotes[0]).toEqual({ documentId: 'q1', text: 'We won', delivery: 'unknown', deliveryNote: null, isPartial: false, speaker: null });
    const wrong = storySchema.safeParse({ documentId: 's1', headline: 'H', body: 'Text', quotes: [{ documentId: 'q1', text: 'x', delivery: 'shouted' }] });
    expect(wrong.success).toBe(false);
    expect(wrong.error!.issues[0].path).toEqual(['quotes', 0, 'delivery']);
  });
});

import type { Statistic, StatisticDerivation, StatisticQualifier } from '../../../shared/contracts/story';
import { attribution, type EntityRegistry } from './jsonld-entities';
import type { JsonLdNode, JsonLdRef } from './jsonld-types';

/**
 * A figure as a schema.org Claim about an Observation.
 *
 * Observation (a QuantitativeValue) holds the number: `name` is the figure as printed;
 * `value` for exact and approximate figures, `minValue`/`maxValue` for "more than"/"less than"
 * (schema.org bounds are inclusive, the story's are not: the printed `name` stays authoritative);
 * `unitText`; `variableMeasured` (Text) for what is counted (`measuredProperty` expects an RDF
 * Property, which we do not have); `measurementMethod` for a derived figure. The period is free
 * text ("May to July 2019"), not the ISO duration `observationPeriod` wants, so it goes into
 * `description`.
 *
 * Observation is not a CreativeWork and cannot name who stated it, so it sits in a Claim whose
 * `author` is the source (a document source: `isBasedOn`), `appearance` is the article, and
 * `isBasedOn` also points to the two figures a derived one is computed from.
 */
const QUALIFIER_WORDS: Record<StatisticQualifier, string> = {
  exact: '',
  about: 'about ',
  'more-than': 'more than ',
  'less-than': 'less than ',
};

const DERIVATION_WORDS: Record<StatisticDerivation, string> = {
  'percent-increase': 'percent increase',
  'percent-decrease': 'percent decrease',
  'percent-share': 'percent share',
  difference: 'difference',
};

export const figureId = (storyId: string, documentId: string) => `${storyId}#figure-${encodeURIComponent(documentId)}`;

const amount = (statistic: Statistic) => {
  switch (statistic.qualifier) {
    case 'more-than':
      return { minValue: statistic.value };
    case 'less-than':
      return { maxValue: statistic.value };
    default:
      return { value: statistic.value };
  }
};

const method = (statistic: Statistic): string | undefined => {
  if (!statistic.derivation) return undefined;
  const words = DERIVATION_WORDS[statistic.derivation] ?? statistic.derivation;
  const { baseline, comparison } = statistic;
  return baseline && comparison ? `${words}: ${baseline.valueText} to ${comparison.valueText}` : words;
};

export const observation = (statistic: Statistic): JsonLdNode => ({
  '@type': 'Observation',
  name: statistic.valueText,
  ...amount(statistic),
  unitText: statistic.unit,
  variableMeasured: statistic.measures,
  measurementMethod: method(statistic),
  description: statistic.period ? `Period: ${statistic.period}` : undefined,
});

const claimName = (statistic: Statistic) =>
  `${QUALIFIER_WORDS[statistic.qualifier] ?? ''}${statistic.valueText}: ${statistic.measures}` +
  (statistic.period ? ` (${statistic.period})` : '');

export const figureClaim = (
  statistic: Statistic,
  storyId: string,
  registry: EntityRegistry,
  figuresInStory: ReadonlySet<string>
): JsonLdNode => {
  const { agent, document } = attribution(statistic.source, registry);
  const inputs: JsonLdRef[] = [statistic.baseline, statistic.comparison]
    .filter((ref): ref is NonNullable<typeof ref> => ref !== null && figuresInStory.has(ref.documentId))
    .map((ref) => ({ '@id': figureId(storyId, ref.documentId) }));
  return {
    '@type': 'Claim',
    '@id': figureId(storyId, statistic.documentId),
    name: claimName(statistic),
    author: agent,
    isBasedOn: [...(document ? [document] : []), ...inputs],
    appearance: { '@id': storyId },
    about: observation(statistic),
  };
};

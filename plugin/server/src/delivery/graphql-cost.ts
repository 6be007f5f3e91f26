import {
  getNamedType,
  getOperationAST,
  isInterfaceType,
  isObjectType,
  Kind,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

import type { GraphqlLimits } from '../config/graphql-limits';

/** What one operation asks for, with every fragment counted where it is spread. */
export interface QueryCost {
  aliases: number;
  rootFields: number;
  depth: number;
  requestedItems: number;
}

interface CostOptions {
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
  /** The page size of a paginated field that names none (the GraphQL plugin's `defaultLimit`). */
  defaultPageSize: number;
  /** The largest page a field serves (the GraphQL plugin's `maxLimit`): a larger one is the resolver's error. */
  maxPageSize: number;
}

const NONE: QueryCost = { aliases: 0, rootFields: 0, depth: 0, requestedItems: 0 };
const PAGE_SIZE_ARGUMENTS = ['pageSize', 'limit'];

const paginates = (definition: GraphQLField<unknown, unknown> | undefined) =>
  definition?.args.some((arg) => arg.name === 'pagination' || PAGE_SIZE_ARGUMENTS.includes(arg.name)) ?? false;

/**
 * The cost of a query, generic over the schema: any field that takes `pageSize`, `limit` or a
 * `pagination` object is a list of that many items (or `defaultPageSize`), and a list inside a
 * list multiplies. Fragments are measured once each and multiplied where spread, so measuring
 * stays linear in the query's length however the fragments nest.
 */
export const measureQueryCost = (schema: GraphQLSchema, document: DocumentNode, options: CostOptions): QueryCost => {
  // No such operation (or several and no name): every operation counts, so a wrong
  // operationName cannot slip a storm past the limit into validation.
  const named = getOperationAST(document, options.operationName ?? undefined);
  const operations = named ? [named] : document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const fragmentCosts = new Map<string, QueryCost>();
  const measuring = new Set<string>();

  const valueOf = (node: ValueNode): unknown => valueFromASTUntyped(node, options.variables ?? undefined);

  const pageSizeOf = (field: FieldNode): number => {
    for (const argument of field.arguments ?? []) {
      const value = valueOf(argument.value);
      if (PAGE_SIZE_ARGUMENTS.includes(argument.name.value) && typeof value === 'number') return value;
      if (argument.name.value === 'pagination' && value && typeof value === 'object') {
        const size = PAGE_SIZE_ARGUMENTS.map((name) => (value as Record<string, unknown>)[name]).find((v) => typeof v === 'number');
        if (typeof size === 'number') return size;
      }
    }
    return options.defaultPageSize;
  };

  const fieldDefinition = (parent: GraphQLNamedType | undefined, name: string) =>
    parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[name] : undefined;

  const measureField = (field: FieldNode, parent: GraphQLNamedType | undefined): QueryCost => {
    const aliased = field.alias ? 1 : 0;
    // Introspection is bounded by the schema; its nesting is not the caller's cost.
    if (field.name.value.startsWith('__')) return { aliases: aliased, rootFields: 1, depth: 0, requestedItems: 0 };
    const definition = fieldDefinition(parent, field.name.value);
    const inner = field.selectionSet ? measureSet(field.selectionSet, definition && getNamedType(definition.type)) : NONE;
    const pageSize = paginates(definition) ? Math.min(options.maxPageSize, Math.max(0, pageSizeOf(field))) : null;
    return {
      aliases: aliased + inner.aliases,
      rootFields: 1,
      depth: 1 + inner.depth,
      requestedItems: pageSize === null ? inner.requestedItems : pageSize + pageSize * inner.requestedItems,
    };
  };

  const measureFragment = (name: string): QueryCost => {
    const known = fragmentCosts.get(name);
    if (known) return known;
    const fragment = fragments.get(name);
    // Unknown or cyclic spreads are validation errors; they add nothing here.
    if (!fragment || measuring.has(name)) return NONE;
    measuring.add(name);
    const cost = measureSet(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value) ?? undefined);
    measuring.delete(name);
    fragmentCosts.set(name, cost);
    return cost;
  };

  function measureSet(set: SelectionSetNode, parent: GraphQLNamedType | undefined): QueryCost {
    const total = { ...NONE };
    for (const selection of set.selections) {
      const cost =
        selection.kind === Kind.FIELD
          ? measureField(selection, parent)
          : selection.kind === Kind.INLINE_FRAGMENT
            ? measureSet(selection.selectionSet, selection.typeCondition ? (schema.getType(selection.typeCondition.name.value) ?? undefined) : parent)
            : measureFragment(selection.name.value);
      total.aliases += cost.aliases;
      total.rootFields += cost.rootFields;
      total.depth = Math.max(total.depth, cost.depth);
      total.requestedItems += cost.requestedItems;
    }
    return total;
  }

  const rootTypeOf = (operation: OperationDefinitionNode) =>
    (operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType()) ?? undefined;
  const total = { ...NONE };
  for (const operation of operations) {
    const cost = measureSet(operation.selectionSet, rootTypeOf(operation));
    total.aliases += cost.aliases;
    total.rootFields += cost.rootFields;
    total.depth = Math.max(total.depth, cost.depth);
    total.requestedItems += cost.requestedItems;
  }
  return total;
};

const CHECKS: Array<{ measure: keyof QueryCost; limit: keyof GraphqlLimits; what: string }> = [
  { measure: 'aliases', limit: 'maxAliases', what: 'aliases' },
  { measure: 'rootFields', limit: 'maxRootFields', what: 'root fields' },
  { measure: 'depth', limit: 'maxDepth', what: 'levels of nesting' },
  { measure: 'requestedItems', limit: 'maxRequestedItems', what: 'requested items (page sizes, nested lists multiplied)' },
];

/** The first limit the cost exceeds, in words that name it, or null. */
export const exceededLimit = (cost: QueryCost, limits: GraphqlLimits): string | null => {
  for (const check of CHECKS) {
    if (cost[check.measure] > limits[check.limit]) {
      return `Query too costly: it asks for ${cost[check.measure]} ${check.what}, the limit is ${limits[check.limit]} (newsroom config graphqlLimits.${check.limit}).`;
    }
  }
  return null;
};

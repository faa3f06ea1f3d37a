import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  type DocumentNode,
  type FieldNode,
  type GraphQLFormattedError,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE } from './connection.js';
import { ErrorCode } from './errors.js';

export interface QueryLimits {
  /** Deepest field nesting; a connection's edges/node use two levels. */
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  /** Estimated cost: each field costs 1, multiplied by `first` on lists. */
  maxCost: number;
}

/**
 * graphql-armor's defaults (depth 6, aliases 15, tokens 1,000, cost 5,000) tuned to this schema:
 * a connection spends two levels on edges/node, and 100 summits with their participants and
 * sources is a fair question that costs about 15,000 under the model below.
 */
export const defaultQueryLimits: QueryLimits = {
  maxDepth: 8,
  maxAliases: 15,
  maxTokens: 2000,
  maxCost: 25_000,
};

function tooComplex(message: string, limit: string, value: number, max: number): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit, value, max, http: { status: 400 } },
  });
}

/**
 * Rejects over-large operations once Apollo has parsed and validated them, each with
 * `extensions.code = QUERY_TOO_COMPLEX` and the limit that was hit. Introspection-only
 * operations (editors' schema fetches) are exempt from depth and cost. Tokens are limited
 * earlier, by the parser itself (see `tokenLimitError`), so validation never sees a huge document.
 */
export function queryLimitsPlugin(schema: GraphQLSchema, limits: QueryLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation }) {
          if (!operation) return;
          const fragments = fragmentsOf(document);
          const aliases = countAliases(operation.selectionSet, fragments, new Set());
          if (aliases > limits.maxAliases) {
            throw tooComplex(
              `Query uses ${aliases} aliases; the limit is ${limits.maxAliases}.`,
              'aliases',
              aliases,
              limits.maxAliases,
            );
          }
          if (isIntrospectionOnly(operation)) return;
          const depth = measureDepth(operation.selectionSet, fragments, new Set());
          if (depth > limits.maxDepth) {
            throw tooComplex(
              `Query is ${depth} levels deep; the limit is ${limits.maxDepth}.`,
              'depth',
              depth,
              limits.maxDepth,
            );
          }
          const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
          const cost = estimateCost(operation.selectionSet, root ?? undefined, {
            schema,
            fragments,
            variables: request.variables ?? {},
            visiting: new Set(),
          });
          if (cost > limits.maxCost) {
            throw tooComplex(
              `Query cost is estimated at ${cost}; the limit is ${limits.maxCost}. Ask for fewer items (first) or fewer fields.`,
              'cost',
              cost,
              limits.maxCost,
            );
          }
        },
      };
    },
  };
}

/** Assumed length of a list field without `first` (participants, sources, timeline). */
const ASSUMED_LIST_LENGTH = 10;

interface CostWalk {
  schema: GraphQLSchema;
  fragments: Fragments;
  variables: Record<string, unknown>;
  visiting: Set<string>;
}

/**
 * Each field costs 1 plus its children; a list field multiplies its children by the number of
 * items it may return: its `first` argument, else the default page size for connections, else
 * an assumed length for plain lists.
 */
function estimateCost(
  selectionSet: SelectionSetNode,
  parent: GraphQLNamedType | undefined,
  walk: CostWalk,
): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const field =
        isObjectType(parent) || isInterfaceType(parent)
          ? parent.getFields()[selection.name.value]
          : undefined;
      const children = selection.selectionSet
        ? estimateCost(selection.selectionSet, field ? getNamedType(field.type) : undefined, walk)
        : 0;
      // A connection's `first` already bounds its edges and nodes.
      const withinPage = parent?.name.endsWith('Connection') === true;
      cost += 1 + (withinPage ? 1 : itemCount(selection, field?.type, walk.variables)) * children;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? walk.schema.getType(selection.typeCondition.name.value) : parent;
      cost += estimateCost(selection.selectionSet, type ?? undefined, walk);
    } else {
      const fragment = walk.fragments.get(selection.name.value);
      if (!fragment || walk.visiting.has(fragment.name.value)) continue;
      walk.visiting.add(fragment.name.value);
      cost += estimateCost(
        fragment.selectionSet,
        walk.schema.getType(fragment.typeCondition.name.value) ?? undefined,
        walk,
      );
      walk.visiting.delete(fragment.name.value);
    }
  }
  return cost;
}

function itemCount(
  node: FieldNode,
  type: GraphQLOutputType | undefined,
  variables: Record<string, unknown>,
): number {
  const first = node.arguments?.find((argument) => argument.name.value === 'first');
  if (first) {
    const value =
      first.value.kind === Kind.INT
        ? Number(first.value.value)
        : first.value.kind === Kind.VARIABLE
          ? variables[first.value.name.value]
          : undefined;
    return typeof value === 'number' && value >= 0 ? Math.max(value, 1) : DEFAULT_PAGE_SIZE;
  }
  if (type && isListType(getNullableType(type))) return ASSUMED_LIST_LENGTH;
  const named = type ? getNamedType(type) : undefined;
  // A connection queried without `first` returns the default page.
  return named && 'getFields' in named && named.name.endsWith('Connection') ? DEFAULT_PAGE_SIZE : 1;
}

type Fragments = Map<string, FragmentDefinitionNode>;

function fragmentsOf(document: DocumentNode): Fragments {
  const fragments: Fragments = new Map();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return fragments;
}

function isIntrospectionOnly(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.every(
    (selection) => selection.kind === Kind.FIELD && selection.name.value.startsWith('__'),
  );
}

function measureDepth(selectionSet: SelectionSetNode, fragments: Fragments, visiting: Set<string>): number {
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const below = selection.selectionSet ? measureDepth(selection.selectionSet, fragments, visiting) : 0;
      deepest = Math.max(deepest, 1 + below);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, measureDepth(selection.selectionSet, fragments, visiting));
    } else {
      const fragment = fragments.get(selection.name.value);
      if (!fragment || visiting.has(fragment.name.value)) continue;
      visiting.add(fragment.name.value);
      deepest = Math.max(deepest, measureDepth(fragment.selectionSet, fragments, visiting));
      visiting.delete(fragment.name.value);
    }
  }
  return deepest;
}

function countAliases(selectionSet: SelectionSetNode, fragments: Fragments, visiting: Set<string>): number {
  let aliases = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.alias) aliases++;
      if (selection.selectionSet) aliases += countAliases(selection.selectionSet, fragments, visiting);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      aliases += countAliases(selection.selectionSet, fragments, visiting);
    } else {
      const fragment = fragments.get(selection.name.value);
      if (!fragment || visiting.has(fragment.name.value)) continue;
      visiting.add(fragment.name.value);
      aliases += countAliases(fragment.selectionSet, fragments, visiting);
      visiting.delete(fragment.name.value);
    }
  }
  return aliases;
}

// graphql-js spells it "more that" in 16.x.
const tokenLimitMessage = /^Syntax Error: Document contains more tha[nt] (\d+) tokens/;

/** graphql-js's parser aborts past `maxTokens`; report that as the limit it is, not a syntax error. */
export function tokenLimitError(error: GraphQLFormattedError): GraphQLFormattedError | undefined {
  const max = tokenLimitMessage.exec(error.message)?.[1];
  if (!max) return undefined;
  return {
    message: `Query has more than ${max} tokens; the limit is ${max}.`,
    locations: error.locations,
    extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit: 'tokens', max: Number(max) },
  };
}

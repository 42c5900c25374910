import {
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  getArgumentValues,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { DEFAULT_LIMIT, MAX_LIMIT } from '../graphql/list.js';

/**
 * What a query costs, computed from its text and variables before it runs, never from its
 * answer (so the cost tells nobody how many rows they may see). The model is graphql-armor's
 * cost limit counted per object, with list sizes as GitHub's and Shopify's APIs count them:
 * - a scalar or enum field costs nothing; an object field costs 1 plus its selection;
 * - a paged list (a field with a `limit` argument, e.g. `teams`, `team.memberships`) costs 1
 *   plus its selection multiplied by its page size: `limit`, else the default page size (25),
 *   capped at the maximum (100); the page's `nodes` then cost their size each;
 * - a list of objects without a `limit` argument is counted at the default page size;
 * - introspection (`__schema`, `__type`) costs 1: it is the schema, the same for everyone.
 * Fragments count as if written out; @skip and @include are ignored (a query is charged what it
 * could cost).
 */
export function queryCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown> = {},
): number {
  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  if (!root) return 0;

  const selectionCost = (type: GraphQLCompositeType, set: SelectionSetNode, size: number): number =>
    set.selections.reduce((total, selection) => {
      switch (selection.kind) {
        case Kind.FIELD:
          return total + fieldCost(type, selection, size);
        case Kind.INLINE_FRAGMENT: {
          const on = selection.typeCondition
            ? schema.getType(selection.typeCondition.name.value)
            : type;
          return (
            total + (isCompositeType(on) ? selectionCost(on, selection.selectionSet, size) : 0)
          );
        }
        case Kind.FRAGMENT_SPREAD: {
          const fragment = fragments[selection.name.value];
          const on = fragment && schema.getType(fragment.typeCondition.name.value);
          return (
            total +
            (fragment && isCompositeType(on) ? selectionCost(on, fragment.selectionSet, size) : 0)
          );
        }
        default:
          return total;
      }
    }, 0);

  // `pageSize` is the size of the page a `nodes` list under a paged field holds.
  const fieldCost = (parent: GraphQLCompositeType, node: FieldNode, pageSize: number): number => {
    const name = node.name.value;
    if (name.startsWith('__')) return name === '__typename' ? 0 : 1;
    const definition = fieldOf(parent, name);
    if (!definition || !node.selectionSet) return 0;
    const type = getNamedType(definition.type);
    if (!isCompositeType(type)) return 0;
    const size = pageSizeOf(definition, node, variables);
    const isList = isListType(getNullableType(definition.type));
    // A page (`TeamPage`): its `nodes` are counted `size` times below.
    if (size !== null && !isList) return 1 + selectionCost(type, node.selectionSet, size);
    const count = isList ? (size ?? pageSize) : 1;
    return count * (1 + selectionCost(type, node.selectionSet, DEFAULT_LIMIT));
  };

  return selectionCost(root, operation.selectionSet, DEFAULT_LIMIT);
}

function fieldOf(type: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | null {
  return 'getFields' in type ? (type.getFields()[name] ?? null) : null;
}

/** A paged field's page size; null for a field that takes no `limit`. */
function pageSizeOf(
  definition: GraphQLField<unknown, unknown>,
  node: FieldNode,
  variables: Record<string, unknown>,
): number | null {
  if (!definition.args.some((argument) => argument.name === 'limit')) return null;
  let limit: unknown;
  try {
    limit = getArgumentValues(definition, node, variables).limit;
  } catch {
    // A value execution will refuse anyway: charge the most it could have asked for.
    return MAX_LIMIT;
  }
  if (typeof limit !== 'number' || !Number.isFinite(limit)) return DEFAULT_LIMIT;
  return Math.min(Math.max(Math.trunc(limit), 0), MAX_LIMIT);
}

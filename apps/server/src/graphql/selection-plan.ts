import {
  type FieldNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  getArgumentValues,
  getNamedType,
  getNullableType,
  isLeafType,
  isObjectType,
  Kind,
  type SelectionSetNode,
} from 'graphql';
import { type ClassType, getMetadataStorage } from 'type-graphql';
import { hasValidators } from '../common/validation.js';
import { mayNoteProtectedRead } from '../scope/field-privacy.js';
import { NONE, readableRows } from '../scope/rules.js';
import type { Viewer } from '../scope/viewer.js';
import { type ComputedInSql, sqlComputed } from './computed-in-sql.js';
import type { ListArguments, ListSpec } from './list.js';
import { relationOf } from './references.js';

/**
 * What a query asks of the records a root field reads, as data the scope layer can answer in one
 * SQL statement (scope/compiled-read.ts): the columns of each record, the records its references
 * point to, its nested lists with their arguments, and the computed fields such an answer can hold
 * (graphql/computed-in-sql.ts). Planned only for selections that statement answers exactly as
 * the resolvers would; anything else (another computed field, a directive, a field
 * whose read goes to the audit log, arguments the resolvers would refuse) gets no plan, and the
 * resolvers answer.
 */
export interface RecordPlan {
  entity: ClassType;
  /** The GraphQL type, whose name field privacy knows the fields by. */
  type: string;
  /** Fields read from a column of the record, by name: the answer keeps them under it. */
  columns: string[];
  references: { key: string; property: string; record: RecordPlan }[];
  lists: ListPlan[];
  computed: { key: string; field: ComputedInSql; args: Record<string, unknown> }[];
}

export interface ListPlan {
  /** The response key (the alias, if any) the answer keeps the page under. */
  key: string;
  // biome-ignore lint/suspicious/noExplicitAny: any entity's list
  spec: ListSpec<any>;
  /** The child's relation to the parent: `team`, or through a link entity `cohortLinks.cohort`. */
  via: string;
  args: ListArguments;
  page: PagePlan;
}

export interface PagePlan {
  nodes: RecordPlan | null;
  totalCount: boolean;
  pageInfo: boolean;
}

/** The plan of a root lookup's record, or null when the resolvers must answer. */
export function planRecord(entity: ClassType, info: GraphQLResolveInfo, viewer: Viewer) {
  return planned(() =>
    recordPlan(entity, objectType(info.returnType), selectionSets(info.fieldNodes), {
      info,
      viewer,
    }),
  );
}

/** The plan of a root list's page, or null when the resolvers must answer. */
export function planPage(entity: ClassType, info: GraphQLResolveInfo, viewer: Viewer) {
  return planned(() =>
    pagePlan(entity, objectType(info.returnType), selectionSets(info.fieldNodes), {
      info,
      viewer,
    }),
  );
}

interface Planning {
  info: GraphQLResolveInfo;
  viewer: Viewer;
}

/** Thrown where a selection cannot be planned; `planned` turns it into null. */
const UNPLANNED = Symbol('not planned');

function planned<T>(plan: () => T): T | null {
  try {
    return plan();
  } catch (error) {
    if (error === UNPLANNED) return null;
    throw error;
  }
}

function unplanned(): never {
  throw UNPLANNED;
}

function recordPlan(
  entity: ClassType,
  type: GraphQLObjectType,
  sets: SelectionSetNode[],
  planning: Planning,
): RecordPlan {
  if (type.name !== entity.name) unplanned();
  const plan: RecordPlan = {
    entity,
    type: type.name,
    columns: [],
    references: [],
    lists: [],
    computed: [],
  };
  for (const [key, nodes] of fieldsOf(type, sets, planning.info)) {
    const name = nodes[0]?.name.value as string;
    if (name === '__typename') continue;
    const field = type.getFields()[name] ?? unplanned();
    // A read the audit log notes is the resolvers' to note; there is none of records the viewer
    // reads none of.
    if (
      readableRows(entity, planning.viewer) !== NONE &&
      mayNoteProtectedRead(planning.viewer, type.name, name)
    ) {
      unplanned();
    }
    const relation = relationOf(entity, name);
    const computed = sqlComputed(entity, name);
    if (relation?.kind === 'reference') {
      plan.references.push({
        key,
        property: relation.property,
        record: recordPlan(relation.type(), objectType(field.type), selectionSets(nodes), planning),
      });
    } else if (relation?.kind === 'list') {
      const args = listArguments(nodes, field, planning, relation.list.spec);
      plan.lists.push({
        key,
        spec: relation.list.spec,
        via: relation.via,
        args,
        page: pagePlan(
          relation.list.spec.entity as ClassType,
          objectType(field.type),
          selectionSets(nodes),
          planning,
        ),
      });
    } else if (computed) {
      plan.computed.push({ key, field: computed, args: fieldArguments(nodes, field, planning) });
    } else if (
      isLeafType(getNullableType(field.type)) &&
      field.args.length === 0 &&
      !computedFields().has(`${entity.name}.${name}`)
    ) {
      // A property of the record itself; the scope layer reads it if it is a plain column.
      plan.columns.push(name);
    } else {
      unplanned();
    }
  }
  return plan;
}

function pagePlan(
  entity: ClassType,
  type: GraphQLObjectType,
  sets: SelectionSetNode[],
  planning: Planning,
): PagePlan {
  const plan: PagePlan = { nodes: null, totalCount: false, pageInfo: false };
  // Every alias of `nodes` reads the same records: one plan answers them all.
  const nodeSets: SelectionSetNode[] = [];
  for (const nodes of fieldsOf(type, sets, planning.info).values()) {
    const name = nodes[0]?.name.value;
    if (name === 'nodes') nodeSets.push(...selectionSets(nodes));
    else if (name === 'totalCount') plan.totalCount = true;
    else if (name === 'pageInfo') {
      const pageInfo = objectType(type.getFields().pageInfo?.type);
      for (const fields of fieldsOf(pageInfo, selectionSets(nodes), planning.info).values()) {
        const field = fields[0]?.name.value ?? '';
        if (!['endCursor', 'hasNextPage', '__typename'].includes(field)) unplanned();
      }
      plan.pageInfo = true;
    } else if (name !== '__typename') unplanned();
  }
  if (nodeSets.length > 0) {
    plan.nodes = recordPlan(entity, objectType(type.getFields().nodes?.type), nodeSets, planning);
  }
  return plan;
}

/**
 * A nested list's arguments, as the resolver would get them: defaults applied, and refused in
 * the same cases (a negative page, a filter whose input class validates), which the resolver
 * then reports where it belongs.
 */
function listArguments(
  nodes: FieldNode[],
  field: GraphQLField<unknown, unknown>,
  planning: Planning,
  spec: ListSpec<object>,
): ListArguments {
  const args = fieldArguments(nodes, field, planning) as ListArguments;
  if ((args.limit ?? 0) < 0 || (args.offset ?? 0) < 0) unplanned();
  if (args.filter && hasValidators(spec.filter)) unplanned();
  return args;
}

/** A field's arguments as graphql-js coerces them (defaults applied). */
function fieldArguments(
  nodes: FieldNode[],
  field: GraphQLField<unknown, unknown>,
  planning: Planning,
): Record<string, unknown> {
  const [args, ...others] = nodes.map((node) =>
    getArgumentValues(field, node, planning.info.variableValues),
  );
  // One response key holds one value: the fields merged under it must ask the same.
  if (!args || others.some((other) => JSON.stringify(other) !== JSON.stringify(args))) {
    unplanned();
  }
  return args;
}

/** The fields of a selection on `type`, by response key; fragments merged, directives refused. */
function fieldsOf(
  type: GraphQLObjectType,
  sets: SelectionSetNode[],
  info: GraphQLResolveInfo,
  fields = new Map<string, FieldNode[]>(),
): Map<string, FieldNode[]> {
  for (const set of sets) {
    for (const selection of set.selections) {
      if (selection.directives?.length) unplanned();
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        const same = fields.get(key) ?? [];
        if (same.length && same[0]?.name.value !== selection.name.value) unplanned();
        fields.set(key, [...same, selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (selection.typeCondition && selection.typeCondition.name.value !== type.name) {
          unplanned();
        }
        fieldsOf(type, [selection.selectionSet], info, fields);
      } else {
        const fragment = info.fragments[selection.name.value] ?? unplanned();
        if (fragment.typeCondition.name.value !== type.name || fragment.directives?.length) {
          unplanned();
        }
        fieldsOf(type, [fragment.selectionSet], info, fields);
      }
    }
  }
  return fields;
}

function selectionSets(nodes: readonly FieldNode[]): SelectionSetNode[] {
  return nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
}

/** A field's object type (through non-null), or no plan. */
function objectType(type: unknown): GraphQLObjectType {
  const named = type ? getNamedType(type as never) : undefined;
  return isObjectType(named) ? named : unplanned();
}

let computed: Set<string> | undefined;

/** `Type.field` of every field with a resolver of its own: its value is computed, not a column. */
function computedFields(): Set<string> {
  computed ??= new Set(
    getMetadataStorage().fieldResolvers.map(
      (resolver) => `${resolver.getObjectType?.().name}.${resolver.schemaName}`,
    ),
  );
  return computed;
}

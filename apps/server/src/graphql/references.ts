import type { Ref } from '@mikro-orm/core';
import { type GraphQLResolveInfo, type GraphQLSchema, Kind, type SelectionSetNode } from 'graphql';
import { Args, type ClassType, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { answerCompiledField } from '../scope/compiled-answer.js';
import type { Context } from './context.js';
import type { ListArguments, ListDefinition } from './list.js';

/** A reference field as declared below: the relation property, and the referenced type. */
export interface ReferenceRelation {
  property: string;
  type: () => ClassType;
}

/** The reference fields of each entity, by field name. */
const referencesOf = new Map<ClassType, Map<string, ReferenceRelation>>();
/** The nested lists of each entity, by field name. */
const childListsOf = new Map<ClassType, Map<string, ChildList>>();

/** How a field of an entity's type reaches other records: a reference, a nested list, or neither. */
export function relationOf(
  entity: ClassType,
  field: string,
): ({ kind: 'reference' } & ReferenceRelation) | ({ kind: 'list' } & ChildList) | undefined {
  const reference = referencesOf.get(entity)?.get(field);
  if (reference) return { kind: 'reference', ...reference };
  const list = childListsOf.get(entity)?.get(field);
  return list ? { kind: 'list', ...list } : undefined;
}

/**
 * The relation properties behind the reference fields a query asks for of the records a field
 * resolves to (`of: 'nodes'` for a page's records), so that the scope layer reads those records
 * in the same statement as the ones that refer to them. Fragments count; directives are ignored
 * (a reference read for nothing costs a column, not a statement).
 */
export function selectedReferences(
  entity: ClassType,
  info: GraphQLResolveInfo,
  of?: 'nodes',
): string[] {
  const references = referencesOf.get(entity);
  if (!references) return [];
  const selected = new Set<string>();
  const visit = (selectionSet: SelectionSetNode | undefined, inside: boolean) => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet, inside);
      else if (selection.kind === Kind.FRAGMENT_SPREAD) {
        visit(info.fragments[selection.name.value]?.selectionSet, inside);
      } else if (!inside) {
        if (selection.name.value === of) visit(selection.selectionSet, true);
      } else {
        const reference = references.get(selection.name.value);
        if (reference) selected.add(reference.property);
      }
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet, of === undefined);
  return [...selected];
}

/** Whether a field's selection asks for nothing but `id` (and `__typename`), without fragments. */
function onlyIdSelected(info: GraphQLResolveInfo): boolean {
  return info.fieldNodes.every((node) =>
    (node.selectionSet?.selections ?? []).every(
      (selection) =>
        selection.kind === Kind.FIELD &&
        (selection.name.value === 'id' || selection.name.value === '__typename') &&
        !selection.directives?.length,
    ),
  );
}

interface ReferenceField<T> {
  /** The referenced type. */
  type: () => ClassType;
  description: string;
  /** The entity's relation property, when the field is named otherwise. */
  property?: keyof T & string;
}

/** Defines a field or mutation resolver on a generated resolver class, as decorators would. */
export function defineField(
  resolver: ClassType,
  name: string,
  resolve: (...args: never[]) => unknown,
  decorate: (prototype: object, name: string, descriptor: PropertyDescriptor) => void,
): void {
  Object.defineProperty(resolver.prototype, name, { value: resolve, configurable: true });
  decorate(
    resolver.prototype,
    name,
    Object.getOwnPropertyDescriptor(resolver.prototype, name) as PropertyDescriptor,
  );
}

/**
 * The reference fields of an entity (`team.cohort`, `membership.person`), declared as data: each
 * resolves the entity's relation through the scope layer, batched per request, and is null when
 * the referenced record is outside the viewer's scope (architecture.md, "references").
 */
export function referenceFields<T extends object>(
  entity: ClassType<T>,
  fields: Record<string, ReferenceField<T>>,
): ClassType {
  @Resolver(() => entity)
  class References {}
  Object.defineProperty(References, 'name', { value: `${entity.name}References` });

  const references = referencesOf.get(entity) ?? new Map<string, ReferenceRelation>();
  referencesOf.set(entity, references);
  for (const [name, field] of Object.entries(fields)) {
    const property = field.property ?? name;
    references.set(name, { property, type: field.type });
    const resolve = (root: T, { data }: Context, info: GraphQLResolveInfo) => {
      const reference = (root as Record<string, Ref<{ id: string }> | null | undefined>)[property];
      return onlyIdSelected(info)
        ? data.refId(reference)
        : data.ref(reference, selectedReferences(field.type(), info));
    };
    defineField(References, name, resolve, (prototype, key, descriptor) => {
      FieldResolver(field.type, { nullable: true, description: field.description })(
        prototype,
        key,
        descriptor,
      );
      Root()(prototype, key, 0);
      Ctx()(prototype, key, 1);
      Info()(prototype, key, 2);
    });
  }
  return References;
}

export interface ChildList {
  // biome-ignore lint/suspicious/noExplicitAny: any entity's list
  list: ListDefinition<any, any>;
  /** The child's relation to the parent: `team` for a team's memberships. */
  via: string;
  description: string;
}

/**
 * The nested lists of an entity (`team.memberships`, `cohort.teams`), declared as data: each
 * takes the child list's arguments (filter, order, page) and is read through the scope layer,
 * windowed per parent so a page of parents costs one statement per list.
 */
export function childLists<T extends { id: string }>(
  entity: ClassType<T>,
  fields: Record<string, ChildList>,
): ClassType {
  @Resolver(() => entity)
  class Children {}
  Object.defineProperty(Children, 'name', { value: `${entity.name}Children` });

  const lists = childListsOf.get(entity) ?? new Map<string, ChildList>();
  childListsOf.set(entity, lists);
  for (const [name, field] of Object.entries(fields)) {
    lists.set(name, field);
    const resolve = (root: T, args: ListArguments, { data }: Context, info: GraphQLResolveInfo) =>
      data.children(
        field.list.spec,
        field.via,
        root.id,
        args,
        selectedReferences(field.list.spec.entity as ClassType, info, 'nodes'),
      );
    defineField(Children, name, resolve, (prototype, key, descriptor) => {
      FieldResolver(() => field.list.Page, { description: field.description })(
        prototype,
        key,
        descriptor,
      );
      Root()(prototype, key, 0);
      Args(() => field.list.Args)(prototype, key, 1);
      Ctx()(prototype, key, 2);
      Info()(prototype, key, 3);
    });
  }
  return Children;
}

/**
 * The references and nested lists of an answer built in SQL hand on its values
 * (scope/compiled-answer.ts). Attached over their resolvers, so that type-graphql neither converts
 * nor validates their arguments again for each record of such an answer.
 */
export function answerCompiledRelations(schema: GraphQLSchema): void {
  for (const [entity, fields] of [...referencesOf, ...childListsOf]) {
    for (const name of fields.keys())
      answerCompiledField(schema, entity.name, name, (value) => value);
  }
}

import type { ApolloClient, OperationVariables } from '@apollo/client';
import { type DocumentNode, Kind } from 'graphql';
import {
  type CreateParams,
  type DataProvider,
  type DeleteManyParams,
  type DeleteParams,
  type GetListParams,
  type GetManyParams,
  type GetManyReferenceParams,
  type GetOneParams,
  HttpError,
  type Identifier,
  type RaRecord,
  type UpdateManyParams,
  type UpdateParams,
} from 'react-admin';
import type { ConflictHandler } from '../conflicts/conflictBroker';
import { buildDocuments, type ResourceDocuments } from './documents';
import { toHttpError } from './errors';
import { buildInput, normalizeRecord } from './records';
import { type ResourceDefinition, toEnumCase } from './resource';

/**
 * react-admin's data provider, and one method of ours for the operations outside its CRUD
 * (issuing and revoking an API token): `useDataProvider<CeiDataProvider>().execute(…)`. It goes
 * through the same error mapping, and react-admin's session check like every other method.
 */
export interface CeiDataProvider extends DataProvider {
  execute<T>(document: DocumentNode, variables?: Record<string, unknown>): Promise<T>;
}

/**
 * The pseudo-resource through which a screen reads an operation of its own (a review's rubric, a
 * team's composition) with react-admin's caching, loading states and refresh: `useGraphQuery`.
 */
export const OPERATION_RESOURCE = '@operation';

/** The schema caps list pages at 100 records. */
export const MAX_PAGE_SIZE = 100;

type Json = Record<string, unknown>;
type Row = RaRecord & Json;

interface PageResult {
  page: { nodes: Json[]; totalCount: number };
}
interface RecordResult {
  record: Json | null;
}

interface Resource {
  definition: ResourceDefinition;
  documents: ResourceDocuments;
}

/**
 * react-admin's data provider over the CEI GraphQL schema. Every resource follows the same
 * conventions, so one implementation serves them all from their definitions.
 */
export function createDataProvider(
  client: ApolloClient,
  definitions: readonly ResourceDefinition[],
  { onConflict }: { onConflict?: ConflictHandler } = {},
): CeiDataProvider {
  const resources = new Map<string, Resource>(
    definitions.map((definition) => [
      definition.name,
      { definition, documents: buildDocuments(definition) },
    ]),
  );

  function resourceOf(name: string): Resource {
    const resource = resources.get(name);
    if (!resource) throw new Error(`Unknown resource "${name}".`);
    return resource;
  }

  async function run<T>(document: DocumentNode, variables: OperationVariables, mutation: boolean) {
    try {
      const result = mutation
        ? await client.mutate<T>({ mutation: document, variables, fetchPolicy: 'no-cache' })
        : await client.query<T>({ query: document, variables, fetchPolicy: 'no-cache' });
      if (result.error) throw result.error;
      if (!result.data) throw new HttpError('cei.errors.noData', 500);
      return result.data as T;
    } catch (error) {
      throw toHttpError(error);
    }
  }

  /** A record as the screens read it: references' ids beside them, the resource's own shape. */
  function row(definition: ResourceDefinition, node: Json): Row {
    const normalized = normalizeRecord(node);
    return (definition.normalize ? definition.normalize(normalized) : normalized) as Row;
  }

  async function list(name: string, variables: Json) {
    const { definition, documents } = resourceOf(name);
    const { page } = await run<PageResult>(documents.getList, variables, false);
    return { data: page.nodes.map((node) => row(definition, node)), total: page.totalCount };
  }

  function creatable(name: string) {
    const { definition, documents } = resourceOf(name);
    if (!definition.inputs?.create || !documents.create) {
      throw new HttpError(`${definition.type} records are not created here.`, 405);
    }
    return { definition, fields: definition.inputs.create, document: documents.create };
  }

  function updatable(name: string) {
    const { definition, documents } = resourceOf(name);
    if (!definition.inputs?.update || !documents.update) {
      throw new HttpError(`${definition.type} records are read-only here.`, 405);
    }
    return { definition, fields: definition.inputs.update, document: documents.update };
  }

  async function getOne(name: string, { id }: GetOneParams) {
    const { definition, documents } = resourceOf(name);
    const { record } = await run<RecordResult>(documents.getOne, { id }, false);
    if (!record) throw new HttpError(`${definition.type} ${id} was not found.`, 404);
    return { data: row(definition, record) };
  }

  async function getMany(name: string, { ids }: GetManyParams) {
    const chunks: Identifier[][] = [];
    for (let start = 0; start < ids.length; start += MAX_PAGE_SIZE) {
      chunks.push(ids.slice(start, start + MAX_PAGE_SIZE));
    }
    const pages = await Promise.all(
      chunks.map((chunk) => list(name, { filter: { ids: chunk }, limit: chunk.length })),
    );
    return { data: pages.flatMap((page) => page.data) };
  }

  async function update(name: string, { id, data, previousData }: UpdateParams) {
    const { definition, fields, document } = updatable(name);
    const previous = previousData ? (row(definition, previousData) as Json) : undefined;
    // The version the user saw: the form's copy of the record, else the record react-admin has.
    const version = (data as Json).version ?? previous?.version;
    if (typeof version !== 'number') {
      throw new HttpError('cei.errors.noVersion', 409);
    }
    const mine = data as Json;
    // What the user changed: sent again, as it is, if they apply it over a newer version.
    const input = buildInput(fields, mine, previous);
    let base = version;
    for (;;) {
      try {
        const { record } = await run<RecordResult>(document, { id, version: base, input }, true);
        return { data: row(definition, record ?? {}) };
      } catch (error) {
        if (!onConflict || !isConflict(error)) throw error;
        // Someone saved meanwhile: the user compares both versions and decides (conflicts/).
        const { data: theirs } = await getOne(name, { id });
        const choice = await onConflict({
          resource: name,
          type: definition.type,
          id,
          fields,
          base: previous,
          mine,
          theirs,
        });
        if (choice !== 'mine') throw new ConflictNotSaved(choice, theirs);
        base = theirs.version as number;
      }
    }
  }

  async function remove(name: string, id: Identifier) {
    const { definition, documents } = resourceOf(name);
    const document = documents.delete;
    if (!document) throw new HttpError(`${definition.type} records are never deleted.`, 405);
    const result = await run<{ id: Identifier }>(document, { id }, true);
    return result.id;
  }

  // react-admin's methods are generic in the record type; records here are what the fragments
  // select, so each answer is cast to the caller's type once, here.
  const provider: CeiDataProvider = {
    getList: async <R extends RaRecord>(name: string, params: GetListParams) => {
      const { data, total } = await list(name, listVariables(resourceOf(name).definition, params));
      return { data: data as R[], total };
    },

    getOne: async <R extends RaRecord>(name: string, params: GetOneParams) => {
      if (name === OPERATION_RESOURCE) {
        const { document, variables } = params.meta as { document: DocumentNode; variables: Json };
        const data = await run<Json>(document, variables, false);
        return { data: { ...data, id: params.id } as unknown as R };
      }
      return { data: (await getOne(name, params)).data as R };
    },

    getMany: async <R extends RaRecord>(name: string, params: GetManyParams) => ({
      data: (await getMany(name, params)).data as R[],
    }),

    getManyReference: async <R extends RaRecord>(name: string, params: GetManyReferenceParams) => {
      const { data, total } = await list(
        name,
        listVariables(resourceOf(name).definition, {
          ...params,
          filter: { ...params.filter, [params.target]: params.id },
        }),
      );
      return { data: data as R[], total };
    },

    create: async <R extends RaRecord>(name: string, { data }: CreateParams) => {
      const { definition, fields, document } = creatable(name);
      const input = buildInput(fields, data as Json);
      const { record } = await run<RecordResult>(document, { input }, true);
      return { data: row(definition, record ?? {}) as unknown as R };
    },

    update: async <R extends RaRecord>(name: string, params: UpdateParams) => ({
      data: (await update(name, params)).data as R,
    }),

    updateMany: async (name: string, { ids, data }: UpdateManyParams) => {
      // Each update needs the version the client saw: read them, then update one by one.
      const { data: records } = await getMany(name, { ids });
      const updated = await Promise.all(
        records.map((previousData) => update(name, { id: previousData.id, data, previousData })),
      );
      return { data: updated.map(({ data: record }) => record.id) };
    },

    delete: async <R extends RaRecord>(name: string, { id, previousData }: DeleteParams) => {
      const deleted = await remove(name, id);
      return { data: { ...(previousData ?? {}), id: deleted } as R };
    },

    deleteMany: async (name: string, { ids }: DeleteManyParams) => ({
      data: await Promise.all(ids.map((id) => remove(name, id))),
    }),

    execute: <T>(document: DocumentNode, variables: Json = {}) =>
      run<T>(document, variables, isMutation(document)),
  };
  return provider;
}

function isConflict(error: unknown): boolean {
  return error instanceof HttpError && (error.body as Json | null)?.code === 'CONFLICT';
}

/**
 * A save the user did not apply after a conflict. Its message is a message key react-admin's
 * notification translates; `body.errors` is empty so the form keeps no field error.
 */
export class ConflictNotSaved extends HttpError {
  constructor(
    readonly choice: 'theirs' | 'cancel',
    readonly current: Json,
  ) {
    super(choice === 'theirs' ? 'cei.conflicts.notSavedTheirs' : 'cei.conflicts.notSaved', 409, {
      code: 'CONFLICT',
      errors: {},
    });
    // HttpError sets its own prototype, which would hide this class from instanceof.
    Object.setPrototypeOf(this, ConflictNotSaved.prototype);
  }
}

function isMutation(document: DocumentNode): boolean {
  return document.definitions.some(
    (node) => node.kind === Kind.OPERATION_DEFINITION && node.operation === 'mutation',
  );
}

/** react-admin's page, sort and filter as the list query's arguments. */
export function listVariables(
  definition: ResourceDefinition,
  { pagination, sort, filter }: Partial<Pick<GetListParams, 'pagination' | 'sort' | 'filter'>>,
): Json {
  const variables: Json = { filter: cleanFilter(definition, filter ?? {}) };
  if (pagination) {
    const limit = Math.min(pagination.perPage, MAX_PAGE_SIZE);
    variables.limit = limit;
    variables.offset = Math.max(pagination.page - 1, 0) * pagination.perPage;
  }
  if (sort && definition.sortFields.includes(sort.field)) {
    variables.orderBy = [
      { field: toEnumCase(sort.field), direction: sort.order === 'DESC' ? 'DESC' : 'ASC' },
    ];
  }
  return variables;
}

/**
 * The filter as the schema takes it: values left empty in the filter form are no filters, and
 * fields the resource does not declare (a filter remembered from an older version of a screen)
 * are left out rather than failing the whole list.
 */
function cleanFilter(definition: ResourceDefinition, filter: Json): Json {
  const cleaned: Json = {};
  for (const [field, value] of Object.entries(filter)) {
    if (value === undefined || value === '') continue;
    if (field !== 'ids' && !definition.filters.includes(field)) {
      console.warn(`${definition.name}: "${field}" is not a declared filter; it is ignored.`);
      continue;
    }
    cleaned[field] = value;
  }
  return cleaned;
}

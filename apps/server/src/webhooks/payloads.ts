import { WebhookEventType } from '@cei/domain';
import type { MikroORM } from '@mikro-orm/postgresql';
import {
  execute,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isLeafType,
  isListType,
  isObjectType,
  parse,
} from 'graphql';
import { ProtectedReads } from '../audit/audit-log.js';
import { ForbiddenError, UnauthenticatedError } from '../common/errors.js';
import type { Config } from '../config/config.js';
import type { Context } from '../graphql/context.js';
import { graphqlSchema } from '../graphql/schema.js';
import { scopeTo } from '../scope/scope-filter.js';
import { ScopedData } from '../scope/scoped-data.js';
import type { Viewer } from '../scope/viewer.js';

/**
 * What an event carries, decided when it is delivered by running a GraphQL query as the
 * endpoint's owner: the same root lookup (`team(id:)`, `convening(id:)`…), row rules and field
 * privacy as any query of theirs, restated nowhere. A record they cannot read (outside their
 * scope, or deleted since) gives null and the event is not sent; a field their tier may not read
 * is null in the payload as in a query. A record's payload is every field of its type that takes
 * no argument (the records it references by `{ id }`); an attendance summary's, the convening's
 * id and `attendanceSummary`, withheld below five people for API partners as in queries.
 */
const ROOT_LOOKUP: Record<WebhookEventType, { field: string; type: string }> = {
  [WebhookEventType.TEAM]: { field: 'team', type: 'Team' },
  [WebhookEventType.MEMBERSHIP]: { field: 'membership', type: 'Membership' },
  [WebhookEventType.CONVENING]: { field: 'convening', type: 'Convening' },
  [WebhookEventType.DELIVERABLE]: { field: 'deliverable', type: 'Deliverable' },
  [WebhookEventType.ATTENDANCE_SUMMARY]: { field: 'convening', type: 'Convening' },
};

const SUMMARY_SELECTION = '{ id attendanceSummary { present absent excused total rate } }';

/** A type's fields without arguments: scalars and enums as they are, references by id. */
function recordSelection(type: GraphQLObjectType): string {
  const fields = Object.values(type.getFields()).flatMap((field) => {
    if (field.args.length > 0 || field.deprecationReason) return [];
    const named = getNamedType(field.type);
    if (isLeafType(named)) return [field.name];
    if (isObjectType(named) && !isListType(getNullableType(field.type)) && named.getFields().id) {
      return [`${field.name} { id }`];
    }
    return [];
  });
  return `{ ${fields.join(' ')} }`;
}

const documents = new Map<WebhookEventType, ReturnType<typeof parse>>();

function documentOf(schema: GraphQLSchema, eventType: WebhookEventType) {
  let document = documents.get(eventType);
  if (!document) {
    const { field, type } = ROOT_LOOKUP[eventType];
    const objectType = schema.getType(type);
    if (!isObjectType(objectType)) throw new Error(`webhooks: ${type} is not an object type`);
    const selection =
      eventType === WebhookEventType.ATTENDANCE_SUMMARY
        ? SUMMARY_SELECTION
        : recordSelection(objectType);
    document = parse(`query ($id: ID!) { record: ${field}(id: $id) ${selection} }`);
    documents.set(eventType, document);
  }
  return document;
}

/** The event's data as `viewer` may read it now; null when there is nothing they may read. */
export async function payloadFor(
  orm: MikroORM,
  config: Config,
  viewer: Viewer,
  eventType: WebhookEventType,
  recordId: string,
): Promise<Record<string, unknown> | null> {
  const schema = await graphqlSchema();
  const em = scopeTo(orm.em.fork(), viewer);
  const data = new ScopedData(em, viewer);
  const protectedReads = new ProtectedReads();
  // A query's context, less the HTTP exchange and the sign-in counters no lookup uses.
  const contextValue: Omit<Context, 'http' | 'signInLimits'> = {
    viewer,
    data,
    config,
    protectedReads,
  };
  const result = await execute({
    schema,
    document: documentOf(schema, eventType),
    variableValues: { id: recordId },
    contextValue,
  });
  // Reads of protected fields are audited as for a query (none for an API partner's tier).
  await protectedReads.flush(em.fork(), viewer);
  const record = (result.data?.record ?? null) as Record<string, unknown> | null;
  // A lookup the owner may not call at all is a record they may not read.
  const refused = result.errors?.find(
    (error) =>
      error.originalError instanceof ForbiddenError ||
      error.originalError instanceof UnauthenticatedError,
  );
  if (!record && refused) return null;
  if (result.errors?.length) throw result.errors[0];
  if (!record) return null;
  if (eventType === WebhookEventType.ATTENDANCE_SUMMARY && !record.attendanceSummary) return null;
  return record;
}

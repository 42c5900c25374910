/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query PartnerTeams($after: String, $changedFrom: DateTime) {\n    teams(\n      after: $after\n      limit: 100\n      orderBy: [{ field: UPDATED_AT, direction: ASC }]\n      filter: { updatedAtFrom: $changedFrom }\n    ) {\n      nodes { id name updatedAt cohort { id } }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": typeof types.PartnerTeamsDocument,
    "\n  query PartnerConvenings($after: String, $changedFrom: DateTime) {\n    convenings(\n      after: $after\n      limit: 100\n      orderBy: [{ field: UPDATED_AT, direction: ASC }]\n      filter: { updatedAtFrom: $changedFrom }\n    ) {\n      nodes { id title startsAt updatedAt }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": typeof types.PartnerConveningsDocument,
    "\n  query PartnerDeletions($since: DateTime!, $after: String) {\n    deletions(since: $since, after: $after, limit: 100, entityTypes: [TEAM, CONVENING]) {\n      nodes { entityType id deletedAt }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": typeof types.PartnerDeletionsDocument,
};
const documents: Documents = {
    "\n  query PartnerTeams($after: String, $changedFrom: DateTime) {\n    teams(\n      after: $after\n      limit: 100\n      orderBy: [{ field: UPDATED_AT, direction: ASC }]\n      filter: { updatedAtFrom: $changedFrom }\n    ) {\n      nodes { id name updatedAt cohort { id } }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": types.PartnerTeamsDocument,
    "\n  query PartnerConvenings($after: String, $changedFrom: DateTime) {\n    convenings(\n      after: $after\n      limit: 100\n      orderBy: [{ field: UPDATED_AT, direction: ASC }]\n      filter: { updatedAtFrom: $changedFrom }\n    ) {\n      nodes { id title startsAt updatedAt }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": types.PartnerConveningsDocument,
    "\n  query PartnerDeletions($since: DateTime!, $after: String) {\n    deletions(since: $since, after: $after, limit: 100, entityTypes: [TEAM, CONVENING]) {\n      nodes { entityType id deletedAt }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": types.PartnerDeletionsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerTeams($after: String, $changedFrom: DateTime) {\n    teams(\n      after: $after\n      limit: 100\n      orderBy: [{ field: UPDATED_AT, direction: ASC }]\n      filter: { updatedAtFrom: $changedFrom }\n    ) {\n      nodes { id name updatedAt cohort { id } }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n"): typeof import('./graphql').PartnerTeamsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerConvenings($after: String, $changedFrom: DateTime) {\n    convenings(\n      after: $after\n      limit: 100\n      orderBy: [{ field: UPDATED_AT, direction: ASC }]\n      filter: { updatedAtFrom: $changedFrom }\n    ) {\n      nodes { id title startsAt updatedAt }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n"): typeof import('./graphql').PartnerConveningsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerDeletions($since: DateTime!, $after: String) {\n    deletions(since: $since, after: $after, limit: 100, entityTypes: [TEAM, CONVENING]) {\n      nodes { entityType id deletedAt }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n"): typeof import('./graphql').PartnerDeletionsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

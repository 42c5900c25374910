/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A kind of record whose deletions are recorded: the type of a root list. */
export type SyncedEntityType =
  | 'ACCOUNT'
  | 'API_TOKEN'
  | 'APPLICATION'
  | 'APPLICATION_DOCUMENT'
  | 'APPLICATION_LEA'
  | 'APPROPRIATION'
  | 'ATTENDANCE'
  | 'CHECK_IN'
  | 'COHORT'
  | 'COHORT_DEADLINE'
  | 'CONVENING'
  | 'DATA_IMPORT'
  | 'DELIVERABLE'
  | 'FACILITATION'
  | 'FOLLOW_UP'
  | 'LEAD_AGENCY'
  | 'MEASUREMENT'
  | 'MEMBERSHIP'
  | 'METRIC'
  | 'ORGANIZATION'
  | 'OUTBOX_EMAIL'
  | 'PERSON'
  | 'PROBLEM_OF_PRACTICE'
  | 'REIMBURSEMENT'
  | 'REVIEW'
  | 'REVIEW_SCORE'
  | 'RUBRIC_CRITERION'
  | 'SAVED_QUERY'
  | 'SCOPE_BINDING'
  | 'STIPEND'
  | 'SUBSCRIPTION'
  | 'TEAM'
  | 'TEAM_LEA'
  | 'WEBHOOK_DELIVERY'
  | 'WEBHOOK_ENDPOINT';

export type PartnerTeamsQueryVariables = Exact<{
  after?: string | null | undefined;
  changedFrom?: string | null | undefined;
}>;


export type PartnerTeamsQuery = { teams: { nodes: Array<{ id: string, name: string, updatedAt: string, cohort: { id: string } | null }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type PartnerConveningsQueryVariables = Exact<{
  after?: string | null | undefined;
  changedFrom?: string | null | undefined;
}>;


export type PartnerConveningsQuery = { convenings: { nodes: Array<{ id: string, title: string | null, startsAt: string, updatedAt: string }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type PartnerDeletionsQueryVariables = Exact<{
  since: string;
  after?: string | null | undefined;
}>;


export type PartnerDeletionsQuery = { deletions: { nodes: Array<{ entityType: SyncedEntityType, id: string, deletedAt: string }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const PartnerTeamsDocument = new TypedDocumentString(`
    query PartnerTeams($after: String, $changedFrom: DateTime) {
  teams(
    after: $after
    limit: 100
    orderBy: [{field: UPDATED_AT, direction: ASC}]
    filter: {updatedAtFrom: $changedFrom}
  ) {
    nodes {
      id
      name
      updatedAt
      cohort {
        id
      }
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerTeamsQuery, PartnerTeamsQueryVariables>;
export const PartnerConveningsDocument = new TypedDocumentString(`
    query PartnerConvenings($after: String, $changedFrom: DateTime) {
  convenings(
    after: $after
    limit: 100
    orderBy: [{field: UPDATED_AT, direction: ASC}]
    filter: {updatedAtFrom: $changedFrom}
  ) {
    nodes {
      id
      title
      startsAt
      updatedAt
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerConveningsQuery, PartnerConveningsQueryVariables>;
export const PartnerDeletionsDocument = new TypedDocumentString(`
    query PartnerDeletions($since: DateTime!, $after: String) {
  deletions(
    since: $since
    after: $after
    limit: 100
    entityTypes: [TEAM, CONVENING]
  ) {
    nodes {
      entityType
      id
      deletedAt
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerDeletionsQuery, PartnerDeletionsQueryVariables>;
import type { DocumentNode } from 'graphql';

/**
 * What the data provider needs to know about one resource. Each feature folder declares its own
 * (`teams/team.graphql.ts`); the provider derives every operation from it and the schema's
 * conventions, so no resource has hand-written queries or mutations.
 */
export interface ResourceDefinition {
  /** The react-admin resource name, which is the plural list query: `teams`, `people`. */
  name: string;
  /** The GraphQL type: `Team`. Lookup, filter, order, input and mutation names derive from it. */
  type: string;
  /**
   * One fragment on the type: the fields every screen of the resource reads. References are
   * objects (`cohort { id name }`); the provider adds `cohortId` beside them for the forms.
   */
  fragment: DocumentNode;
  /** Fields lists may sort on, in camelCase: the values of `<Type>OrderField`. */
  sortFields: readonly string[];
  /**
   * Fields of `<Type>Filter` the screens filter on, reference targets included (`cohortId` for a
   * cohort's teams); `ids` is always allowed. Others are left out of the query.
   */
  filters: readonly string[];
  /**
   * Fields of `Create<Type>Input` and `Update<Type>Input`; a resource without them is read-only,
   * one without `create` (deliverables) or `update` (reimbursements) lacks that operation.
   */
  inputs?: {
    create?: readonly string[];
    update?: readonly string[];
    /** False for records the schema never deletes (accounts are disabled instead). */
    deletable?: boolean;
    /**
     * The mutation that creates one where the schema names it after what happens rather than
     * `create<Type>`: a reimbursement is submitted (`submitReimbursement(input:
     * SubmitReimbursementInput!)`), a measurement recorded.
     */
    createWith?: { mutation: string; input: string };
  };
  /**
   * Reshapes a record for the screens beyond what `normalizeRecord` derives, e.g. an account's
   * scope bindings as the `organizationIds` and `teamIds` its inputs take.
   */
  normalize?: (record: Record<string, unknown>) => Record<string, unknown>;
}

export function defineResource(definition: ResourceDefinition): ResourceDefinition {
  return definition;
}

/** `Team` → `team`, `CheckIn` → `checkIn`: the name of the lookup query. */
export function lookupName(definition: Pick<ResourceDefinition, 'type'>): string {
  return definition.type.charAt(0).toLowerCase() + definition.type.slice(1);
}

/** `joinedOn` → `JOINED_ON`: how the schema spells a field in an `<Type>OrderField` enum. */
export function toEnumCase(field: string): string {
  return field.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

/** The create mutation of a resource and its input type: `createTeam(input: CreateTeamInput!)`. */
export function createOperation(definition: Pick<ResourceDefinition, 'type' | 'inputs'>): {
  mutation: string;
  input: string;
} {
  return (
    definition.inputs?.createWith ?? {
      mutation: `create${definition.type}`,
      input: `Create${definition.type}Input`,
    }
  );
}

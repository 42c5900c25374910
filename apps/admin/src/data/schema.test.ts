// @vitest-environment node
import { readFileSync } from 'node:fs';
import {
  buildSchema,
  type DocumentNode,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isNonNullType,
  print,
  validate,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { API_TOKEN_DOCUMENTS } from '../accounts/account.graphql';
import { APPLICATION_DOCUMENTS } from '../applications/application.graphql';
import { AUTH_DOCUMENTS } from '../auth/auth.graphql';
import { COHORT_DOCUMENTS } from '../cohorts/cohort.graphql';
import { CONVENING_DOCUMENTS } from '../convenings/convening.graphql';
import { DASHBOARD_DOCUMENTS } from '../dashboards/dashboard.graphql';
import { FUNDING_DOCUMENTS } from '../funding/funding.graphql';
import { IMPORT_DOCUMENTS } from '../imports/imports.graphql';
import { OUTCOME_DOCUMENTS } from '../outcomes/outcome.graphql';
import { definitions } from '../resources';
import { ROSTER_DOCUMENTS } from '../rosters/roster.graphql';
import { SEARCH_DOCUMENTS } from '../search/search.graphql';
import { TEAM_DOCUMENTS } from '../teams/team.graphql';
import { WEBHOOK_DOCUMENTS } from '../webhooks/webhook.graphql';
import { buildDocuments } from './documents';
import { createOperation, toEnumCase } from './resource';

/**
 * Every operation the admin sends, checked against the schema the server commits: a renamed
 * field, filter, order or input on either side fails here rather than on a screen.
 */
const schemaFile = process.env.CEI_SCHEMA_FILE
  ? new URL(`file://${process.env.CEI_SCHEMA_FILE}`)
  : new URL('../../../server/schema.graphql', import.meta.url);
const schema: GraphQLSchema = buildSchema(readFileSync(schemaFile, 'utf8'));

function inputFields(typeName: string): Map<string, { required: boolean }> {
  const type = schema.getType(typeName);
  if (!isInputObjectType(type)) return new Map();
  return new Map(
    Object.values(type.getFields()).map((field) => [
      field.name,
      { required: isNonNullType(field.type) && field.defaultValue === undefined },
    ]),
  );
}

describe.each(definitions.map((definition) => ({ ...definition, label: definition.name })))(
  'the $label resource',
  (definition) => {
    const documents = buildDocuments(definition);
    const operations = Object.entries(documents) as [string, DocumentNode][];

    it.each(operations.map(([operation, document]) => ({ operation, document })))(
      'sends a $operation operation the schema accepts',
      ({ document }) => {
        const errors = validate(schema, document).map((error) => error.message);
        expect(errors, print(document)).toEqual([]);
      },
    );

    it('sorts on fields of its order enum', () => {
      const type = schema.getType(`${definition.type}OrderField`);
      const values = isEnumType(type) ? type.getValues().map((value) => value.name) : [];
      const unknown = definition.sortFields.filter((field) => !values.includes(toEnumCase(field)));
      expect(unknown).toEqual([]);
    });

    it('filters on fields of its filter input, which takes ids', () => {
      const fields = inputFields(`${definition.type}Filter`);
      expect(fields.has('ids')).toBe(true);
      expect(definition.filters.filter((field) => !fields.has(field))).toEqual([]);
    });

    const { create, update } = definition.inputs ?? {};
    if (create) {
      it('creates with fields of its create input, the required ones included', () => {
        const fields = inputFields(createOperation(definition).input);
        expect(fields.size).toBeGreaterThan(0);
        expect(create.filter((field) => !fields.has(field))).toEqual([]);
        const required = [...fields].filter(([, field]) => field.required).map(([name]) => name);
        expect(required.filter((field) => !create.includes(field))).toEqual([]);
      });
    }
    if (update) {
      it('updates with fields of its update input', () => {
        const fields = inputFields(`Update${definition.type}Input`);
        expect(fields.size).toBeGreaterThan(0);
        expect(update.filter((field) => !fields.has(field))).toEqual([]);
      });
    }
  },
);

/** Operations outside the resources' conventions: sign-in, API tokens, the workflows' steps. */
const OWN_DOCUMENTS = {
  ...AUTH_DOCUMENTS,
  ...API_TOKEN_DOCUMENTS,
  ...WEBHOOK_DOCUMENTS,
  ...APPLICATION_DOCUMENTS,
  ...COHORT_DOCUMENTS,
  ...CONVENING_DOCUMENTS,
  ...TEAM_DOCUMENTS,
  ...ROSTER_DOCUMENTS,
  ...FUNDING_DOCUMENTS,
  ...OUTCOME_DOCUMENTS,
  ...IMPORT_DOCUMENTS,
  ...SEARCH_DOCUMENTS,
  ...DASHBOARD_DOCUMENTS,
};

describe('operations of their own', () => {
  it.each(Object.entries(OWN_DOCUMENTS).map(([name, document]) => ({ name, document })))(
    'sends a $name operation the schema accepts',
    ({ document }) => {
      expect(validate(schema, document).map((error) => error.message)).toEqual([]);
    },
  );
});

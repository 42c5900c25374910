import 'reflect-metadata';
import './enums.js';
import { Role } from '@cei/domain';
import { buildSchema } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { Organization } from '../organizations/organization.entity.js';
import { UpdateOrganizationInput } from '../organizations/organization.inputs.js';
import { OrganizationQueries } from '../organizations/organization.resolver.js';
import { updateOrganization } from '../organizations/organization.service.js';
import { accessOf, STAFF } from './access.js';
import { entityMutations } from './entity-mutations.js';

describe('entityMutations', () => {
  it('declares only the operations given, each with its access, arguments in order', async () => {
    // A schema of its own: the entity's real mutations are not part of it.
    const schema = await buildSchema({
      resolvers: [
        OrganizationQueries,
        entityMutations(Organization, {
          access: STAFF,
          arguments: { id: 'The record.' },
          update: {
            input: UpdateOrganizationInput,
            description: 'Changes it.',
            run: updateOrganization,
          },
          delete: { description: 'Deletes it.', access: [Role.CEI_ADMIN] },
        }),
      ],
      validate: { forbidUnknownValues: false },
    });
    const mutation = schema.getMutationType();
    if (!mutation) throw new Error('no mutation type');
    const fields = mutation.getFields();
    expect(Object.keys(fields).sort()).toEqual(['deleteOrganization', 'updateOrganization']);

    const update = fields.updateOrganization;
    expect(update?.description).toBe('Changes it.');
    expect(String(update?.type)).toBe('Organization!');
    expect(update?.args.map((arg) => [arg.name, String(arg.type), arg.description])).toEqual([
      ['input', 'UpdateOrganizationInput!', undefined],
      ['version', 'Int!', undefined],
      ['id', 'ID!', 'The record.'],
    ]);
    expect(accessOf(mutation, 'updateOrganization')).toEqual(STAFF);

    expect(String(fields.deleteOrganization?.type)).toBe('ID!');
    expect(fields.deleteOrganization?.args.map((arg) => arg.name)).toEqual(['id']);
    expect(accessOf(mutation, 'deleteOrganization')).toEqual([Role.CEI_ADMIN]);
  });
});

import { type Role, Role as Roles, STAFF_ROLES } from '@cei/domain';
import { defaultFieldResolver, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { Extensions } from 'type-graphql';
import { ForbiddenError, UnauthenticatedError } from '../common/errors.js';
import type { Context } from './context.js';
import { graphqlMessages } from './graphql.messages.js';

/**
 * Who may call a root field or mutation. Every one declares it, the public ones too, so a
 * missing declaration is visible (and refused): `@Allow(PUBLIC)`, `@Allow(SIGNED_IN)`,
 * `@Allow(...STAFF)`. Which rows and fields the caller then sees is the scope layer's business.
 */
export const PUBLIC = 'PUBLIC';
export const SIGNED_IN = 'SIGNED_IN';
export type AccessRule = typeof PUBLIC | typeof SIGNED_IN | Role;

export const STAFF: Role[] = [...STAFF_ROLES];
export const ADMIN: Role[] = [Roles.CEI_ADMIN];

export function Allow(...rules: AccessRule[]): MethodDecorator {
  if (rules.length === 0) throw new Error('@Allow needs at least one rule');
  return Extensions({ access: rules });
}

/** The declared rules of a field, as the built schema carries them. */
export function accessOf(type: GraphQLObjectType, field: string): AccessRule[] | undefined {
  return type.getFields()[field]?.extensions?.access as AccessRule[] | undefined;
}

/**
 * Enforces the declarations on every root field: an undeclared field is refused (fail closed),
 * a signed-out caller gets UNAUTHENTICATED, a caller of another role FORBIDDEN, and an API token
 * (read-only) can never run a mutation. Attached to the root fields' resolvers alone, so the
 * thousands of nested fields of a large answer run no check they do not need.
 */
export function enforceAccess(schema: GraphQLSchema): void {
  const mutation = schema.getMutationType();
  for (const type of [schema.getQueryType(), mutation]) {
    if (!type) continue;
    for (const field of Object.values(type.getFields())) {
      const rules = accessOf(type, field.name);
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (root, args, context: Context, info) => {
        if (!rules) throw new Error(`${type.name}.${field.name} declares no access rule.`);
        if (context.viewer.via === 'token' && type === mutation) {
          throw new ForbiddenError(graphqlMessages.apiTokensReadOnly());
        }
        if (!rules.includes(PUBLIC)) {
          const { role } = context.viewer;
          if (!role || context.viewer.via === 'public') throw new UnauthenticatedError();
          if (!rules.includes(SIGNED_IN) && !rules.includes(role)) throw new ForbiddenError();
        }
        return resolve(root, args, context, info);
      };
    }
  }
}

import { type Role, Role as Roles } from '@cei/domain';
import type { GraphQLObjectType } from 'graphql';
import { Extensions, type MiddlewareFn } from 'type-graphql';
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

export const STAFF: Role[] = [Roles.CEI_ADMIN, Roles.CEI_STAFF];
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
 * (read-only) can never run a mutation.
 */
export const enforceAccess: MiddlewareFn<Context> = async ({ info, context }, next) => {
  const rootTypes = [info.schema.getQueryType(), info.schema.getMutationType()];
  if (!rootTypes.includes(info.parentType)) return next();
  const rules = accessOf(info.parentType, info.fieldName);
  if (!rules) throw new Error(`${info.parentType.name}.${info.fieldName} declares no access rule.`);
  if (context.viewer.via === 'token' && info.parentType === info.schema.getMutationType()) {
    throw new ForbiddenError(graphqlMessages.apiTokensReadOnly());
  }
  if (rules.includes(PUBLIC)) return next();
  const { role } = context.viewer;
  if (!role || context.viewer.via === 'public') throw new UnauthenticatedError();
  if (rules.includes(SIGNED_IN) || rules.includes(role)) return next();
  throw new ForbiddenError();
};

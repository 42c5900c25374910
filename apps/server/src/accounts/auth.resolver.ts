import { AuditAction } from '@cei/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { recordEvent } from '../audit/audit-log.js';
import { UnauthenticatedError } from '../common/errors.js';
import { Allow, PUBLIC, SIGNED_IN } from '../graphql/access.js';
import type { Context } from '../graphql/context.js';
import { sessionTokenOf, setSessionCookie } from '../http/viewer.js';
import { UNSCOPED } from '../scope/scope-filter.js';
import { Account } from './account.entity.js';
import { ChangeLanguageInput, ChangePasswordInput, SignInInput } from './auth.inputs.js';
import { endSession } from './credentials.js';
import { changePassword, signIn } from './sign-in.service.js';

/** Signing in and out, and who is signed in. The session lives in an HttpOnly cookie. */
@Resolver()
export class AuthResolver {
  @Allow(PUBLIC)
  @Query(() => Account, {
    nullable: true,
    description: 'The signed-in account; null for the public.',
  })
  me(@Ctx() { viewer, data }: Context): Promise<Account | null> {
    return viewer.accountId ? data.byId(Account, viewer.accountId) : Promise.resolve(null);
  }

  @Allow(PUBLIC)
  @Mutation(() => Account, {
    description: 'Signs in with an email and password and starts a session (an HttpOnly cookie).',
  })
  async signIn(
    @Arg('input', () => SignInInput) input: SignInInput,
    @Ctx() context: Context,
  ): Promise<Account> {
    // Not in a transaction: a failed attempt must stay counted when the error is thrown.
    const { account, sessionToken } = await signInAudited(
      context.data.em,
      context.config.sessionSecret,
      {
        email: input.email,
        password: input.password,
        client: context.http.request.ip ?? 'unknown',
        limits: context.signInLimits,
      },
    );
    const previous = sessionTokenOf(context.http.request);
    if (previous) await endSession(context.data.em, context.config.sessionSecret, previous);
    setSessionCookie(context.http.response, context.config, sessionToken);
    return account;
  }

  @Allow(PUBLIC)
  @Mutation(() => Boolean, { description: 'Ends this session.' })
  async signOut(@Ctx() context: Context): Promise<boolean> {
    const token = sessionTokenOf(context.http.request);
    if (token) await endSession(context.data.em, context.config.sessionSecret, token);
    if (context.viewer.accountId) {
      await recordEvent(context.data.em, context.viewer, {
        action: AuditAction.SIGN_OUT,
        entity: 'Account',
        entityId: context.viewer.accountId,
        summary: 'signed out',
      });
    }
    setSessionCookie(context.http.response, context.config, null);
    return true;
  }

  @Allow(SIGNED_IN)
  @Mutation(() => Boolean, { description: 'Changes your own password; your other sessions end.' })
  async changePassword(
    @Arg('input', () => ChangePasswordInput) input: ChangePasswordInput,
    @Ctx() context: Context,
  ): Promise<boolean> {
    const { accountId } = context.viewer;
    if (!accountId || context.viewer.via !== 'session') throw new UnauthenticatedError();
    const token = await context.data.transaction(async (tx) => {
      const account = await tx.em.findOneOrFail(Account, { id: accountId });
      return changePassword(
        tx.em,
        context.config.sessionSecret,
        account,
        input.currentPassword,
        input.newPassword,
      );
    });
    setSessionCookie(context.http.response, context.config, token);
    return true;
  }

  @Allow(SIGNED_IN)
  @Mutation(() => Account, {
    description:
      'Changes your own interface language, which the admin app applies when you sign in and your emails are written in.',
  })
  async changeLanguage(
    @Arg('input', () => ChangeLanguageInput) input: ChangeLanguageInput,
    @Ctx() context: Context,
  ): Promise<Account> {
    const { accountId } = context.viewer;
    if (!accountId || context.viewer.via !== 'session') throw new UnauthenticatedError();
    // The viewer's own account only, whatever their role: it is a preference, not a grant. The
    // change is audited like any other (the flush subscriber), in the same transaction.
    return context.data.transaction(async (tx) => {
      const account = await tx.em.findOneOrFail(Account, { id: accountId });
      account.language = input.language;
      await tx.em.flush();
      return account;
    });
  }
}

/** Signs in and logs the attempt, successful or not (never the password). */
async function signInAudited(
  em: EntityManager,
  secret: string,
  attempt: Parameters<typeof signIn>[2],
) {
  try {
    const result = await signIn(em, secret, attempt);
    await recordEvent(
      em,
      { accountId: result.account.id, role: result.account.role },
      {
        action: AuditAction.SIGN_IN_SUCCEEDED,
        entity: 'Account',
        entityId: result.account.id,
        summary: `signed in as ${result.account.email}`,
      },
    );
    return result;
  } catch (error) {
    const attempted = attempt.email.trim().toLowerCase();
    const account = await em.findOne(Account, { email: attempted }, UNSCOPED);
    await recordEvent(em, null, {
      action: AuditAction.SIGN_IN_FAILED,
      entity: 'Account',
      entityId: account?.id ?? null,
      summary: `sign-in failed for ${attempted}`,
    });
    throw error;
  }
}

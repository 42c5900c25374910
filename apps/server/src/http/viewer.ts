import type { EntityManager } from '@mikro-orm/postgresql';
import { parseCookie, stringifySetCookie } from 'cookie';
import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { accountMessages } from '../accounts/account.messages.js';
import { SESSION_MAX_MS, viewerForApiToken, viewerForSession } from '../accounts/credentials.js';
import { UnauthenticatedError } from '../common/errors.js';
import type { Config } from '../config/config.js';
import { publicViewer, type Viewer } from '../scope/viewer.js';

export const SESSION_COOKIE = 'cei_session';

/**
 * Who is asking: an API partner's bearer token, else a session cookie, else the public. A bearer
 * token that does not work is an error (the partner must know); a stale cookie is just no session.
 */
export async function viewerOfRequest(
  request: Request,
  em: EntityManager,
  config: Config,
): Promise<Viewer> {
  const authorization = request.headers.authorization;
  if (authorization) {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
    const viewer = token ? await viewerForApiToken(em, config.sessionSecret, token) : null;
    if (!viewer) {
      // Thrown before any resolver runs, so a GraphQLError carries the HTTP status; the message
      // is its domain error's, rendered in the request's language by graphql/errors.ts.
      const refusal = new UnauthenticatedError(accountMessages.invalidApiToken());
      throw new GraphQLError(refusal.message, {
        extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
        originalError: refusal,
      });
    }
    return viewer;
  }
  const sessionToken = sessionTokenOf(request);
  if (sessionToken)
    return (await viewerForSession(em, config.sessionSecret, sessionToken)) ?? publicViewer;
  return publicViewer;
}

export function sessionTokenOf(request: Request): string | undefined {
  return parseCookie(request.headers.cookie ?? '')[SESSION_COOKIE];
}

/** HttpOnly (no script reads it), SameSite=Lax (no cross-site posts carry it), Secure in production. */
export function setSessionCookie(response: Response, config: Config, token: string | null): void {
  response.append(
    'Set-Cookie',
    stringifySetCookie({
      name: SESSION_COOKIE,
      value: token ?? '',
      httpOnly: true,
      sameSite: 'lax',
      secure: config.environment === 'production',
      path: '/',
      maxAge: token ? SESSION_MAX_MS / 1000 : 0,
    }),
  );
}

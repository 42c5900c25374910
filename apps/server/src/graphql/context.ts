import type { Request, Response } from 'express';
import type { SignInLimits } from '../accounts/sign-in-limits.js';
import type { ProtectedReads } from '../audit/audit-log.js';
import type { Config } from '../config/config.js';
import type { ScopedData } from '../scope/scoped-data.js';
import type { Viewer } from '../scope/viewer.js';

/** What every resolver receives: who is asking, and the scope layer bound to them. */
export interface Context {
  viewer: Viewer;
  data: ScopedData;
  config: Config;
  /** Protected fields this request read, for the audit log. */
  protectedReads: ProtectedReads;
  /** Failed sign-ins counted per client, email and both (accounts/sign-in-limits.ts). */
  signInLimits: SignInLimits;
  /** The HTTP exchange, for the few resolvers that set cookies (sign-in, sign-out). */
  http: { request: Request; response: Response };
}

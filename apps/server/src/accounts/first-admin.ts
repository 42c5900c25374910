import { Role } from '@cei/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { Account } from './account.entity.js';
import { createAccountRecord } from './account.service.js';

/**
 * ADMIN_EMAIL and ADMIN_PASSWORD create the first CEI admin of an installation, once: when any
 * CEI admin exists they are ignored (change passwords in the app, not in the environment).
 */
export async function ensureFirstAdmin(
  em: EntityManager,
  admin: { email: string; password: string },
  logger: Logger,
): Promise<void> {
  if ((await em.count(Account, { role: Role.CEI_ADMIN })) > 0) return;
  await createAccountRecord(em, { ...admin, displayName: 'CEI Admin', role: Role.CEI_ADMIN });
  logger.info(`created the first CEI admin, ${admin.email}`);
}

import type { MigrationObject } from '@mikro-orm/core';
import { AuditLogReadOnly } from './AuditLogReadOnly.js';
import { Migration20261123080003 } from './Migration20261123080003.js';
import { Migration20261123093052 } from './Migration20261123093052.js';
import { Migration20261123094028 } from './Migration20261123094028.js';
import { Migration20261123124015 } from './Migration20261123124015.js';
import { Migration20261123124117 } from './Migration20261123124117.js';
import { Migration20261123125215 } from './Migration20261123125215.js';
import { Migration20261123135551 } from './Migration20261123135551.js';
import { Migration20261123160352 } from './Migration20261123160352.js';

/** Committed migrations in order; listed explicitly so compiled code and tests run the same set. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261123080003', class: Migration20261123080003 },
  { name: 'AuditLogReadOnly', class: AuditLogReadOnly },
  { name: 'Migration20261123093052', class: Migration20261123093052 },
  // A rejected reimbursement's reason.
  { name: 'Migration20261123094028', class: Migration20261123094028 },
  // An account's language is null until chosen.
  { name: 'Migration20261123124015', class: Migration20261123124015 },
  // CSV imports: the file, its problems and its progress.
  { name: 'Migration20261123124117', class: Migration20261123124117 },
  // Saved list filters, per account.
  { name: 'Migration20261123125215', class: Migration20261123125215 },
  // Who added a person, so a team lead can pick the new member they added.
  { name: 'Migration20261123135551', class: Migration20261123135551 },
  // Import previews expire: their files are deleted 24 hours after the last check.
  { name: 'Migration20261123160352', class: Migration20261123160352 },
];

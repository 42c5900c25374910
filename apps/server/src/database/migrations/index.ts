import type { MigrationObject } from '@mikro-orm/core';
import { ApiTokenLimits } from './ApiTokenLimits.js';
import { AuditLogReadOnly } from './AuditLogReadOnly.js';
import { Migration20261123080003 } from './Migration20261123080003.js';
import { Migration20261123093052 } from './Migration20261123093052.js';
import { Migration20261123094028 } from './Migration20261123094028.js';
import { Migration20261123124015 } from './Migration20261123124015.js';
import { Migration20261123124117 } from './Migration20261123124117.js';
import { Migration20261123125215 } from './Migration20261123125215.js';
import { Migration20261123135551 } from './Migration20261123135551.js';
import { Migration20261123160352 } from './Migration20261123160352.js';
import { Migration20261206050000 } from './Migration20261206050000.js';
import { Migration20261206051500 } from './Migration20261206051500.js';
import { Migration20261206053000 } from './Migration20261206053000.js';
import { OrganizationsByCountyOffice } from './OrganizationsByCountyOffice.js';
import { RecordChangesForSync } from './RecordChangesForSync.js';
import { TeamCountyOffices } from './TeamCountyOffices.js';
import { TeamNamesByCountyOffice } from './TeamNamesByCountyOffice.js';
import { TeamsByName } from './TeamsByName.js';
import { Webhooks } from './Webhooks.js';

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
  // Attendance tallies per team and cohort, kept by triggers in the transaction of each write.
  { name: 'Migration20261206050000', class: Migration20261206050000 },
  // Failed sign-ins are counted by client and email, not on the account.
  { name: 'Migration20261206051500', class: Migration20261206051500 },
  // The audit log refuses TRUNCATE too.
  { name: 'Migration20261206053000', class: Migration20261206053000 },
  // Request and cost budgets per API token.
  { name: 'ApiTokenLimits', class: ApiTokenLimits },
  // Webhook endpoints, their outbox of events and their deliveries.
  { name: 'Webhooks', class: Webhooks },
  // Sync by changes: updated_at kept by the database, deletions recorded for partners.
  { name: 'RecordChangesForSync', class: RecordChangesForSync },
  // A county office's LEAs by name from one index.
  { name: 'OrganizationsByCountyOffice', class: OrganizationsByCountyOffice },
  // The county offices each team is in, kept by triggers, for a liaison's scope.
  { name: 'TeamCountyOffices', class: TeamCountyOffices },
  // Teams by name from one index, for lists sorted by name.
  { name: 'TeamsByName', class: TeamsByName },
  // Teams' names in team_county_office, for a liaison's teams by name from one index.
  { name: 'TeamNamesByCountyOffice', class: TeamNamesByCountyOffice },
];

import type { EntityManager } from '@mikro-orm/postgresql';
import { InvalidInputError } from '../common/errors.js';
import { ALL, NONE, readableRows } from '../scope/rules.js';
import type { ScopedData } from '../scope/scoped-data.js';
import type { Viewer } from '../scope/viewer.js';
import { clampLimit } from '../scope/where.js';
import { decodeCursor, encodeCursor, isSequenceKey } from './cursor.js';
import { syncMessages as m } from './sync.messages.js';

/**
 * Deletions of synced records, as partners read them (docs/partners.md). Every delete leaves a
 * row in `deletion` in its own transaction (a trigger: migration RecordChangesForSync), keeping
 * the deleted row's ids, dates and flags. A viewer learns of a deletion when that row passes
 * the viewer's read rule for its type (scope/rules.ts), evaluated in SQL against the kept row
 * and the records it pointed to: the very rule of the live list, not a copy of it.
 */

/** How long deletions are kept: a partner that has not synced for longer pulls everything. */
export const DELETION_RETENTION_DAYS = 90;
const DAY_MS = 86_400_000;

/** The entity types whose deletions are recorded: those of the root lists, but the audit log. */
export const SYNCED_ENTITY_TYPES = [
  'Account',
  'ApiToken',
  'Application',
  'ApplicationDocument',
  'ApplicationLea',
  'Appropriation',
  'Attendance',
  'CheckIn',
  'Cohort',
  'CohortDeadline',
  'Convening',
  'DataImport',
  'Deliverable',
  'Facilitation',
  'FollowUp',
  'LeadAgency',
  'Measurement',
  'Membership',
  'Metric',
  'Organization',
  'OutboxEmail',
  'Person',
  'ProblemOfPractice',
  'Reimbursement',
  'Review',
  'ReviewScore',
  'RubricCriterion',
  'SavedQuery',
  'ScopeBinding',
  'Stipend',
  'Subscription',
  'Team',
  'TeamLea',
  'WebhookDelivery',
  'WebhookEndpoint',
] as const;
export type SyncedEntityType = (typeof SYNCED_ENTITY_TYPES)[number];

export interface DeletionRecord {
  entityType: SyncedEntityType;
  id: string;
  deletedAt: Date;
}

export interface DeletionPageResult {
  nodes: DeletionRecord[];
  totalCount: number;
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

interface DeletionRow {
  seq: string;
  entity_type: SyncedEntityType;
  entity_id: string;
  deleted_ms: string;
}

export interface DeletionArguments {
  since: Date;
  entityTypes?: SyncedEntityType[] | null;
  after?: string | null;
  limit?: number | null;
}

/** The deletions since an instant the viewer may learn of, oldest first, a page at a time. */
export async function listDeletions(
  data: ScopedData,
  args: DeletionArguments,
  now = new Date(),
): Promise<DeletionPageResult> {
  const { em, viewer } = data;
  if (args.since.getTime() < now.getTime() - DELETION_RETENTION_DAYS * DAY_MS) {
    throw InvalidInputError.field('since', m.beyondRetention({ days: DELETION_RETENTION_DAYS }));
  }
  const after = args.after ? decodeCursor(args.after, 'after', isSequenceKey) : null;
  const limit = clampLimit(args.limit);
  const visible = visibleDeletions(em, viewer, args.entityTypes ?? SYNCED_ENTITY_TYPES);
  const empty = {
    nodes: [],
    totalCount: 0,
    pageInfo: { endCursor: args.after ?? null, hasNextPage: false },
  };
  if (!visible) return empty;

  // Scope is judged as the viewer has it now: deletions from before its newest scope binding (a
  // county, an organization, a team it gained) are not its to learn of, even where it now reads.
  const where = `d.deleted_at >= ? and d.deleted_at >= coalesce((select max(b.created_at) from scope_binding b where b.account_id = ?), '-infinity') and (${visible.sql})`;
  const params = [args.since.toISOString(), viewer.accountId, ...visible.params];
  // The total and the page in one read; one row more than asked tells whether another follows.
  const [read] = await data.sqlRows<{ count: number; nodes: DeletionRow[] }>({
    sql: `select (select count(*)::int from deletion d where ${where}) as count,
       (select coalesce(json_agg(page order by page.deleted_at, page.seq::bigint), '[]') from (
         select d.seq::text as seq, d.entity_type, d.entity_id, d.deleted_at,
           (extract(epoch from d.deleted_at) * 1000)::bigint::text as deleted_ms
         from deletion d
         where ${where}${after ? ' and (d.deleted_at, d.seq) > (?::timestamptz, ?::bigint)' : ''}
         order by d.deleted_at, d.seq
         limit ?) as page) as nodes`,
    params: [
      ...params,
      ...params,
      ...(after ? [after.at.toISOString(), after.key] : []),
      limit + 1,
    ],
  });
  const rows = read?.nodes ?? [];
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    nodes: page.map((row) => ({
      entityType: row.entity_type,
      id: row.entity_id,
      deletedAt: new Date(Number(row.deleted_ms)),
    })),
    totalCount: read?.count ?? 0,
    pageInfo: {
      endCursor: last
        ? encodeCursor({ at: new Date(Number(last.deleted_ms)), key: last.seq })
        : (args.after ?? null),
      hasNextPage: rows.length > limit,
    },
  };
}

/**
 * A condition on `deletion d` that holds for the deletions the viewer may learn of, per type:
 * all of a type the viewer reads whole, none of a type it may not read, and otherwise those
 * whose kept row passes the type's read rule. The rule is turned into SQL by MikroORM as for a
 * live list, then run against the records as they were just before the delete: the kept row
 * (`jsonb_populate_record`) in place of the table, and every synced table it joins or looks
 * into widened with the rows deleted in the same transaction (a cascade takes a membership's
 * attendance with it; the attendance was its team's to read). Null: no deletion at all.
 */
function visibleDeletions(
  em: EntityManager,
  viewer: Viewer,
  types: readonly SyncedEntityType[],
): { sql: string; params: unknown[] } | null {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const quote = (name: string) => em.getPlatform().quoteIdentifier(name);
  const typeOfTable = new Map(
    SYNCED_ENTITY_TYPES.map((type) => [em.getMetadata().getByClassName(type).tableName, type]),
  );
  for (const type of new Set(types)) {
    const rule = readableRows({ name: type } as never, viewer);
    if (rule === NONE) continue;
    if (rule === ALL) {
      clauses.push('d.entity_type = ?');
      params.push(type);
      continue;
    }
    const meta = em.getMetadata().getByClassName(type);
    const query = em
      .createQueryBuilder(meta.class, 'deleted')
      .select('deleted.id' as never)
      .where(rule as never)
      .toQuery();
    const from = `from ${quote(meta.tableName)} as ${quote('deleted')}`;
    if (!query.sql.startsWith(`select ${quote('deleted')}.${quote('id')} ${from} `)) {
      throw new Error(
        `The read rule of ${type} does not select from ${meta.tableName} as expected`,
      );
    }
    const asBefore = `select 1 ${query.sql
      .slice(`select ${quote('deleted')}.${quote('id')} `.length)
      .replace(
        from,
        `from jsonb_populate_record(null::${quote(meta.tableName)}, d.scope) as ${quote('deleted')}`,
      )
      .replace(/\b(from|join) "([a-z_]+)" as "/g, (whole, keyword: string, table: string) => {
        const joined = typeOfTable.get(table);
        if (!joined) return whole;
        return `${keyword} (select * from ${quote(table)} union all select * from jsonb_populate_recordset(null::${quote(table)}, (select jsonb_agg(w.scope) from deletion w where w.transaction_id = d.transaction_id and w.entity_type = '${joined}'))) as "`;
      })}`;
    clauses.push(`(d.entity_type = ? and exists (${asBefore}))`);
    params.push(type, ...query.params);
  }
  return clauses.length ? { sql: clauses.join(' or '), params } : null;
}

/** Deletes the deletions older than the retention; the daily job calls it. */
export async function purgeDeletions(
  em: EntityManager,
  now = new Date(),
): Promise<{ purged: number }> {
  const cutoff = new Date(now.getTime() - DELETION_RETENTION_DAYS * DAY_MS);
  const result = await em
    .getConnection()
    .execute('delete from deletion where deleted_at < ?', [cutoff.toISOString()], 'run');
  return { purged: Number((result as { affectedRows?: number }).affectedRows ?? 0) };
}

import PersonRemoveIcon from '@mui/icons-material/PersonRemove';
import { Button, Typography } from '@mui/material';
import { useState } from 'react';
import { HttpError, useListContext, useTranslate } from 'react-admin';
import { OperationDialog, useOperation } from '../common/actions';
import { type BulkRow, describeBulkFailure } from '../common/bulk/bulkFailure';
import { useSelectedRecords } from '../common/bulk/useSelectedRecords';
import { personName } from '../common/people';
import { EndMembershipFields, endMembershipDefaults } from './EndMembershipButton';
import { END_MEMBERSHIPS } from './roster.graphql';

interface MembershipRow {
  id: string;
  version: number;
  person?: { givenName?: string | null; familyName?: string | null } | null;
  team?: { name?: string | null } | null;
}

/** A membership as its row is named: the person, and the team. */
export function membershipRowName(membership: Pick<MembershipRow, 'person' | 'team'>): string {
  return [personName(membership.person ?? {}), membership.team?.name].filter(Boolean).join(', ');
}

/**
 * "End memberships" over the rows selected in the memberships list: one end date, reason and
 * note for all, sent in one `endMemberships`, which ends all of them or none. A refusal names
 * the row it is about.
 */
export function EndMembershipsButton() {
  const translate = useTranslate();
  const { selectedIds, onUnselectItems } = useListContext();
  const selectedRecords = useSelectedRecords<MembershipRow>();
  const run = useOperation();
  const [open, setOpen] = useState(false);
  const count = selectedIds.length;

  async function end(values: Record<string, unknown>) {
    const records = await selectedRecords();
    const rows: BulkRow[] = records.map((record) => ({
      id: record.id,
      name: membershipRowName(record),
    }));
    try {
      await run(
        END_MEMBERSHIPS,
        {
          input: {
            memberships: records.map(({ id, version }) => ({ id, version })),
            endedOn: values.endedOn,
            endReason: values.endReason,
            endNote: values.endNote || null,
          },
        },
        { success: 'cei.lists.bulk.memberships.done', successArgs: { smart_count: count } },
      );
      onUnselectItems();
    } catch (error) {
      const described = describeBulkFailure(error, 'memberships', rows, translate);
      throw error instanceof HttpError
        ? new HttpError(described, error.status, error.body)
        : new Error(described);
    }
  }

  return (
    <>
      {/* Primary, not warning: orange misses 4.5:1 on the bulk toolbar's light blue. */}
      <Button size="small" startIcon={<PersonRemoveIcon />} onClick={() => setOpen(true)}>
        {translate('cei.lists.bulk.memberships.end')}
      </Button>
      <OperationDialog
        title="cei.lists.bulk.memberships.title"
        titleArgs={{ smart_count: count }}
        open={open}
        onClose={() => setOpen(false)}
        submitLabel="cei.lists.bulk.memberships.end"
        defaultValues={endMembershipDefaults()}
        onSubmit={end}
      >
        <Typography variant="body2" sx={{ mb: 2 }}>
          {translate('cei.lists.bulk.memberships.intro')}
        </Typography>
        <EndMembershipFields />
      </OperationDialog>
    </>
  );
}

import { todayInPacific } from '@cei/domain';
import PersonRemoveIcon from '@mui/icons-material/PersonRemove';
import { Box } from '@mui/material';
import { useState } from 'react';
import { DateInput, required, TextInput, useRecordContext } from 'react-admin';
import { useAccess } from '../auth/useAccess';
import { ActionButton, OperationDialog, useOperation } from '../common/actions';
import { EnumInput } from '../common/enums';
import { personName } from '../common/people';
import { END_MEMBERSHIP } from './roster.graphql';

interface MembershipRecord {
  id: string;
  version: number;
  endedOn: string | null;
  person?: { givenName?: string | null; familyName?: string | null } | null;
}

/**
 * "End membership": someone leaves the team (the end date, why, a note). When the role was
 * required, a vacancy opens, due a month after the end date. Offered on active memberships to
 * those who keep the roster (CEI staff, the team's lead).
 */
export function EndMembershipButton() {
  const membership = useRecordContext<MembershipRecord>();
  const { can } = useAccess();
  const run = useOperation();
  const [open, setOpen] = useState(false);
  if (!membership || membership.endedOn || !can('end', 'memberships')) return null;
  const name = personName(membership.person ?? {});
  return (
    // Inside a clickable row: a click here must not open the membership.
    <Box
      component="span"
      onClick={(event) => event.stopPropagation()}
      onKeyDown={(event) => event.stopPropagation()}
    >
      <ActionButton
        label="cei.memberships.end"
        icon={<PersonRemoveIcon />}
        color="warning"
        onAction={async () => setOpen(true)}
      />
      <OperationDialog
        title="cei.memberships.endTitle"
        titleArgs={{ name }}
        open={open}
        onClose={() => setOpen(false)}
        submitLabel="cei.memberships.end"
        defaultValues={endMembershipDefaults()}
        onSubmit={(values) =>
          run(
            END_MEMBERSHIP,
            {
              id: membership.id,
              version: membership.version,
              input: {
                endedOn: values.endedOn,
                endReason: values.endReason,
                endNote: values.endNote || null,
              },
            },
            { success: 'cei.memberships.ended', successArgs: { name } },
          )
        }
      >
        <EndMembershipFields />
      </OperationDialog>
    </Box>
  );
}

/** What ending a membership asks: the end date, why, a note (one or many memberships). */
export function EndMembershipFields() {
  return (
    <>
      <DateInput
        source="endedOn"
        label="resources.memberships.fields.endedOn"
        helperText="cei.memberships.endedOnHelp"
        validate={required()}
        fullWidth
      />
      <EnumInput
        source="endReason"
        enumName="MembershipEndReason"
        label="resources.memberships.fields.endReason"
        validate={required()}
        fullWidth
      />
      <TextInput
        source="endNote"
        label="resources.memberships.fields.endNote"
        multiline
        fullWidth
      />
    </>
  );
}

/** The end-of-membership form's starting values: today (Pacific), no reason, no note. */
export const endMembershipDefaults = () => ({
  endedOn: todayInPacific(),
  endReason: null,
  endNote: '',
});

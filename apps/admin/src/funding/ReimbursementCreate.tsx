import { Box } from '@mui/material';
import {
  AutocompleteInput,
  Create,
  ReferenceInput,
  regex,
  required,
  SimpleForm,
  TextInput,
} from 'react-admin';
import { EnumInput } from '../common/enums';
import { personName } from '../common/people';
import { conveningName } from '../convenings/conveningName';

const money = regex(/^\d+(\.\d{1,2})?$/, 'cei.funding.amountFormat');

interface MembershipChoice {
  person?: { givenName?: string | null; familyName?: string | null } | null;
  team?: { name?: string } | null;
}

const memberText = (membership: MembershipChoice) =>
  `${personName(membership.person ?? {})} — ${membership.team?.name ?? ''}`;

/**
 * A travel claim for a member and a convening: CEI staff for anyone, a community partner for the
 * members of its organization (the server checks; the pickers offer what the viewer can see).
 */
export function ReimbursementCreate() {
  return (
    <Create redirect="show">
      <SimpleForm>
        <Box sx={{ display: 'flex', flexDirection: 'column', width: '100%', maxWidth: 640 }}>
          <ReferenceInput
            source="membershipId"
            reference="memberships"
            filter={{ active: true }}
            sort={{ field: 'startedOn', order: 'DESC' }}
          >
            <AutocompleteInput
              optionText={memberText}
              inputText={memberText}
              label="resources.reimbursements.fields.member"
              validate={required()}
              fullWidth
            />
          </ReferenceInput>
          <ReferenceInput
            source="conveningId"
            reference="convenings"
            sort={{ field: 'startsAt', order: 'DESC' }}
          >
            <AutocompleteInput
              optionText={conveningName}
              inputText={conveningName}
              validate={required()}
              fullWidth
            />
          </ReferenceInput>
          <EnumInput source="category" enumName="ExpenseCategory" validate={required()} />
          <TextInput
            source="amount"
            validate={[required(), money]}
            helperText="cei.funding.amountHelp"
          />
          <TextInput source="description" validate={required()} multiline minRows={2} />
        </Box>
      </SimpleForm>
    </Create>
  );
}

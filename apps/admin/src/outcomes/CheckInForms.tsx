import { Box } from '@mui/material';
import { Create, DateInput, Edit, maxLength, required, SimpleForm, TextInput } from 'react-admin';
import { EnumInput } from '../common/enums';
import { TeamReferenceInput } from '../teams/TeamReferenceInput';

/** A liaison's note on a visit or call: the team (on creation), the date, the kind, a summary. */
function CheckInInputs({ creating = false }: { creating?: boolean }) {
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', width: '100%', maxWidth: 640 }}>
      {/* Only the teams the viewer covers: a liaison writes check-ins about their own. */}
      <TeamReferenceInput validate={required()} disabled={!creating} filter={{ inScope: true }} />
      <DateInput source="occurredOn" validate={required()} />
      <EnumInput source="kind" enumName="CheckInKind" validate={required()} />
      <TextInput source="summary" validate={[required(), maxLength(5000)]} multiline minRows={4} />
    </Box>
  );
}

export function CheckInCreate() {
  return (
    <Create redirect="show">
      <SimpleForm>
        <CheckInInputs creating />
      </SimpleForm>
    </Create>
  );
}

export function CheckInEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm>
        <CheckInInputs />
      </SimpleForm>
    </Edit>
  );
}

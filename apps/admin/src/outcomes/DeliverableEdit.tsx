import { Box } from '@mui/material';
import { DateInput, Edit, SimpleForm, TextField, TextInput } from 'react-admin';
import { EnumInput } from '../common/enums';
import { DayField } from '../common/values';

/** A statutory deliverable's status and evidence (the milestone itself is fixed by statute). */
export function DeliverableEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm>
        <Box sx={{ display: 'flex', flexDirection: 'column', width: '100%', maxWidth: 640 }}>
          <TextField source="title" variant="h6" />
          <DayField source="dueOn" />
          <EnumInput source="status" enumName="DeliverableStatus" />
          <TextInput
            source="evidence"
            multiline
            minRows={3}
            helperText="cei.outcomes.evidenceHelp"
          />
          <DateInput source="completedOn" />
        </Box>
      </SimpleForm>
    </Edit>
  );
}

import { Box } from '@mui/material';
import { Create, Edit, maxLength, regex, required, SimpleForm, TextInput } from 'react-admin';
import { EnumInput } from '../common/enums';

const key = regex(/^[a-z][a-z0-9-]*$/, 'cei.outcomes.keyFormat');

/** A measure of community engagement: key, name, unit and which direction is better. */
function MetricInputs() {
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', width: '100%', maxWidth: 640 }}>
      <TextInput source="key" validate={[required(), maxLength(60), key]} />
      <TextInput source="name" validate={[required(), maxLength(200)]} />
      <TextInput source="description" multiline />
      <TextInput source="unit" validate={[required(), maxLength(40)]} />
      <EnumInput source="direction" enumName="MetricDirection" validate={required()} />
    </Box>
  );
}

export function MetricCreate() {
  return (
    <Create redirect="show">
      <SimpleForm>
        <MetricInputs />
      </SimpleForm>
    </Create>
  );
}

export function MetricEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm>
        <MetricInputs />
      </SimpleForm>
    </Edit>
  );
}

import { Modality } from '@cei/domain';
import { Box } from '@mui/material';
import {
  BooleanInput,
  FormDataConsumer,
  minValue,
  NumberInput,
  ReferenceArrayInput,
  required,
  SelectArrayInput,
  TextInput,
} from 'react-admin';
import { EnumInput } from '../common/enums';
import { PacificDateTimeInput } from '../common/PacificDateTimeInput';
import { ProgramYearInput } from './ProgramYearInput';

export function ConveningInputs() {
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', width: '100%', maxWidth: 640 }}>
      <ReferenceArrayInput
        source="cohortIds"
        reference="cohorts"
        sort={{ field: 'number', order: 'ASC' }}
      >
        <SelectArrayInput optionText="name" validate={required()} />
      </ReferenceArrayInput>
      <ProgramYearInput validate={required()} />
      <NumberInput
        source="number"
        validate={[required(), minValue(1)]}
        helperText="cei.convenings.numberHelp"
      />
      <TextInput source="title" />
      <EnumInput source="kind" enumName="ConveningKind" />
      <EnumInput source="modality" enumName="Modality" validate={required()} />
      <PacificDateTimeInput source="startsAt" validate={required()} />
      <PacificDateTimeInput source="endsAt" />
      <FormDataConsumer<{ modality?: Modality }>>
        {({ formData }) => (
          <>
            {formData.modality !== Modality.VIRTUAL && <TextInput source="venue" />}
            {formData.modality !== Modality.IN_PERSON && <TextInput source="videoUrl" type="url" />}
            {formData.modality !== Modality.VIRTUAL && (
              <BooleanInput source="overnightStay" helperText="cei.convenings.overnightHelp" />
            )}
          </>
        )}
      </FormDataConsumer>
    </Box>
  );
}

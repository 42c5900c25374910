import { Box } from '@mui/material';
import {
  DateInput,
  maxLength,
  minValue,
  NumberInput,
  regex,
  required,
  TextInput,
} from 'react-admin';
import { EnumInput } from '../common/enums';
import { PacificDateTimeInput } from '../common/PacificDateTimeInput';

const money = regex(/^\d+(\.\d{1,2})?$/, 'cei.cohorts.stipendFormat');

export function CohortInputs() {
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', width: '100%', maxWidth: 640 }}>
      <NumberInput source="number" validate={[required(), minValue(1)]} />
      <TextInput
        source="name"
        validate={[required(), maxLength(100)]}
        helperText="cei.cohorts.nameHelp"
      />
      <EnumInput source="phase" enumName="Phase" validate={required()} />
      <EnumInput source="status" enumName="CohortStatus" />
      <TextInput source="description" multiline minRows={2} />
      <PacificDateTimeInput source="applicationOpensAt" />
      <PacificDateTimeInput source="applicationDueAt" />
      <TextInput source="deadlineReason" helperText="cei.cohorts.deadlineReasonHelp" />
      <DateInput source="firstConveningOn" />
      <NumberInput source="minimumCommitmentYears" validate={minValue(1)} />
      <NumberInput source="conveningsExpectedPerYear" validate={minValue(1)} />
      <TextInput
        source="stipendPerTeamPerYear"
        validate={money}
        helperText="cei.cohorts.stipendHelp"
      />
    </Box>
  );
}

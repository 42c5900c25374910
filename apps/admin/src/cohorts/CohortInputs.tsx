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

const money = regex(/^\d+(\.\d{1,2})?$/, 'An amount in dollars, e.g. 30000.00');

export function CohortInputs() {
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', width: '100%', maxWidth: 640 }}>
      <NumberInput source="number" validate={[required(), minValue(1)]} />
      <TextInput
        source="name"
        validate={[required(), maxLength(100)]}
        helperText="e.g. Cohort III"
      />
      <EnumInput source="phase" enumName="Phase" validate={required()} />
      <EnumInput source="status" enumName="CohortStatus" />
      <TextInput source="description" multiline minRows={2} />
      <PacificDateTimeInput source="applicationOpensAt" />
      <PacificDateTimeInput source="applicationDueAt" />
      <TextInput
        source="deadlineReason"
        helperText="Why the deadline is set or moved; kept in the deadline history."
      />
      <DateInput source="firstConveningOn" />
      <NumberInput source="minimumCommitmentYears" validate={minValue(1)} />
      <NumberInput source="conveningsExpectedPerYear" validate={minValue(1)} />
      <TextInput
        source="stipendPerTeamPerYear"
        validate={money}
        helperText="US dollars per team per year"
      />
    </Box>
  );
}

import { Box } from '@mui/material';
import {
  BooleanInput,
  DateInput,
  NumberInput,
  ReferenceInput,
  required,
  SelectInput,
  TextInput,
} from 'react-admin';
import { useOwnTeamIds } from '../auth/useOwnTeamIds';
import { TeamReferenceInput } from '../teams/TeamReferenceInput';

/**
 * A value of a metric for a team in a period, with its source. A team lead records only their
 * own team's (the picker offers only theirs; the server refuses others). Marking it the baseline
 * replaces the team's earlier baseline for the metric.
 */
export function MeasurementInputs({ creating = false }: { creating?: boolean }) {
  const ownTeams = useOwnTeamIds();
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', width: '100%', maxWidth: 640 }}>
      <TeamReferenceInput
        validate={required()}
        disabled={!creating}
        filter={ownTeams ? { ids: ownTeams } : undefined}
      />
      <ReferenceInput source="metricId" reference="metrics" sort={{ field: 'name', order: 'ASC' }}>
        <SelectInput optionText="name" validate={required()} disabled={!creating} />
      </ReferenceInput>
      <DateInput source="periodStart" validate={required()} />
      <DateInput source="periodEnd" validate={required()} />
      <NumberInput source="value" validate={required()} />
      <TextInput source="source" validate={required()} helperText="cei.outcomes.sourceHelp" />
      <BooleanInput source="isBaseline" helperText="cei.outcomes.baselineHelp" />
    </Box>
  );
}

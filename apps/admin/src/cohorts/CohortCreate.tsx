import { CohortStatus, DEFAULT_CONVENINGS_PER_YEAR } from '@cei/domain';
import { Create, SimpleForm } from 'react-admin';
import { CohortInputs } from './CohortInputs';

export function CohortCreate() {
  return (
    <Create redirect="show">
      <SimpleForm
        defaultValues={{
          status: CohortStatus.PLANNED,
          conveningsExpectedPerYear: DEFAULT_CONVENINGS_PER_YEAR,
        }}
      >
        <CohortInputs />
      </SimpleForm>
    </Create>
  );
}

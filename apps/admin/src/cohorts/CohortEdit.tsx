import { Edit, SimpleForm } from 'react-admin';
import { RecordTitle } from '../common/RecordTitle';
import { CohortInputs } from './CohortInputs';

export function CohortEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show" title={<RecordTitle />}>
      <SimpleForm>
        <CohortInputs />
      </SimpleForm>
    </Edit>
  );
}

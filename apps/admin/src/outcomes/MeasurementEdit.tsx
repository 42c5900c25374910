import { Edit, SimpleForm } from 'react-admin';
import { MeasurementInputs } from './MeasurementInputs';

export function MeasurementEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm>
        <MeasurementInputs />
      </SimpleForm>
    </Edit>
  );
}

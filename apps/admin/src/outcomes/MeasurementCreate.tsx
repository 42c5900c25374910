import { Create, SimpleForm } from 'react-admin';
import { MeasurementInputs } from './MeasurementInputs';

/** Opened from a team's outcomes with the team filled in, or from the measurements list. */
export function MeasurementCreate() {
  return (
    <Create redirect="show">
      <SimpleForm>
        <MeasurementInputs creating />
      </SimpleForm>
    </Create>
  );
}

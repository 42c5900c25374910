import { Edit, SimpleForm } from 'react-admin';
import { ConveningInputs } from './ConveningInputs';

export function ConveningEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm>
        <ConveningInputs />
      </SimpleForm>
    </Edit>
  );
}

import { Edit, SimpleForm } from 'react-admin';
import { TeamInputs } from './TeamInputs';

export function TeamEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm>
        <TeamInputs />
      </SimpleForm>
    </Edit>
  );
}

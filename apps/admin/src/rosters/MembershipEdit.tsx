import { Edit, SimpleForm } from 'react-admin';
import { MembershipInputs } from './MembershipInputs';

export function MembershipEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm>
        <MembershipInputs />
      </SimpleForm>
    </Edit>
  );
}

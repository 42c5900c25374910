import { Edit, SimpleForm } from 'react-admin';
import { OrganizationInputs } from './OrganizationInputs';

export function OrganizationEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm>
        <OrganizationInputs />
      </SimpleForm>
    </Edit>
  );
}

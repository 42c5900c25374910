import { Create, SimpleForm } from 'react-admin';
import { OrganizationInputs } from './OrganizationInputs';

export function OrganizationCreate() {
  return (
    <Create redirect="show">
      <SimpleForm>
        <OrganizationInputs creating />
      </SimpleForm>
    </Create>
  );
}

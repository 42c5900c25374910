import { Create, SimpleForm } from 'react-admin';
import { newPersonDefaults, PersonInputs } from './PersonInputs';

export function PersonCreate() {
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={newPersonDefaults}>
        <PersonInputs />
      </SimpleForm>
    </Create>
  );
}

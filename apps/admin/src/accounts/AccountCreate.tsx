import { Create, SimpleForm } from 'react-admin';
import { AccountInputs, scopeForRole } from './AccountInputs';

/** No role is preselected: what an account may see is always a deliberate choice. */
export function AccountCreate() {
  return (
    <Create redirect="show" transform={scopeForRole}>
      <SimpleForm defaultValues={{ language: 'en' }}>
        <AccountInputs creating />
      </SimpleForm>
    </Create>
  );
}

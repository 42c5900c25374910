import { Create, SimpleForm } from 'react-admin';
import { AccountInputs, scopeForRole } from './AccountInputs';

/**
 * No role is preselected: what an account may see is always a deliberate choice. No language
 * either: until one is chosen, the app follows the user's browser.
 */
export function AccountCreate() {
  return (
    <Create redirect="show" transform={scopeForRole}>
      <SimpleForm>
        <AccountInputs creating />
      </SimpleForm>
    </Create>
  );
}

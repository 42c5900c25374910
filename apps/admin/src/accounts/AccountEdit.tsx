import { Edit, SaveButton, SimpleForm, Toolbar } from 'react-admin';
import { AccountInputs, scopeForRole } from './AccountInputs';

/** Accounts are disabled, never deleted: the toolbar saves only. */
function AccountToolbar() {
  return (
    <Toolbar>
      <SaveButton />
    </Toolbar>
  );
}

export function AccountEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show" transform={scopeForRole}>
      <SimpleForm toolbar={<AccountToolbar />}>
        <AccountInputs />
      </SimpleForm>
    </Edit>
  );
}

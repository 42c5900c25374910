import { Create, SimpleForm } from 'react-admin';
import { MembershipInputs } from './MembershipInputs';

/** Opened from a team's roster with the team filled in, or from the memberships list. */
export function MembershipCreate() {
  return (
    <Create redirect="show">
      <SimpleForm>
        <MembershipInputs creating />
      </SimpleForm>
    </Create>
  );
}

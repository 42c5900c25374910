import { TeamStatus } from '@cei/domain';
import { Create, SimpleForm } from 'react-admin';
import { TeamInputs } from './TeamInputs';

export function TeamCreate() {
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={{ status: TeamStatus.ACTIVE }}>
        <TeamInputs creating />
      </SimpleForm>
    </Create>
  );
}

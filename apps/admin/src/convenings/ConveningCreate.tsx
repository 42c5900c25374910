import { ConveningKind, Modality } from '@cei/domain';
import { Create, SimpleForm } from 'react-admin';
import { ConveningInputs } from './ConveningInputs';

export function ConveningCreate() {
  return (
    <Create redirect="show">
      <SimpleForm
        defaultValues={{
          kind: ConveningKind.NETWORK_CONVENING,
          modality: Modality.IN_PERSON,
          overnightStay: false,
        }}
      >
        <ConveningInputs />
      </SimpleForm>
    </Create>
  );
}

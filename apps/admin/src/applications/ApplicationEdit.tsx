import { Edit, SimpleForm } from 'react-admin';
import { ApplicationInputs } from './ApplicationInputs';

/** A draft letter of interest; once submitted the server refuses changes (and no button leads here). */
export function ApplicationEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm>
        <ApplicationInputs />
      </SimpleForm>
    </Edit>
  );
}

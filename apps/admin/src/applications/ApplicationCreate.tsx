import { Create, SimpleForm } from 'react-admin';
import { ApplicationInputs } from './ApplicationInputs';

/** A new letter of interest, saved as a draft; its files are uploaded on its page. */
export function ApplicationCreate() {
  return (
    <Create redirect="show">
      <SimpleForm>
        <ApplicationInputs creating />
      </SimpleForm>
    </Create>
  );
}

import { BooleanInput, Edit, SimpleForm } from 'react-admin';
import { WebhookEndpointInputs } from './WebhookEndpointInputs';

/** Its URL, description and event types; disabled, nothing is sent to it. */
export function WebhookEndpointEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm>
        <WebhookEndpointInputs />
        <BooleanInput source="enabled" helperText="cei.webhooks.enabledHelp" />
      </SimpleForm>
    </Edit>
  );
}

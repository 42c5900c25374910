import { Box } from '@mui/material';
import { CheckboxGroupInput, maxLength, required, TextInput } from 'react-admin';
import { useEnumChoices } from '../common/enums';

/** An https URL (http only outside production: the server decides, and says why not). */
const webUrl = (value: unknown) =>
  typeof value === 'string' && value && !/^https?:\/\/\S+$/i.test(value)
    ? 'cei.webhooks.urlFormat'
    : undefined;

/** What an endpoint is: where events go, what it is for, and which kinds of change it is sent. */
export function WebhookEndpointInputs() {
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', width: '100%', maxWidth: 640 }}>
      <TextInput
        source="url"
        validate={[required(), maxLength(2000), webUrl]}
        helperText="cei.webhooks.urlHelp"
      />
      <TextInput source="description" validate={maxLength(200)} />
      <CheckboxGroupInput
        source="eventTypes"
        choices={useEnumChoices('WebhookEventType')}
        translateChoice={false}
        validate={required()}
        row={false}
        helperText="cei.webhooks.eventTypesHelp"
      />
    </Box>
  );
}

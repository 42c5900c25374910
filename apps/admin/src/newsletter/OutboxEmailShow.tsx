import { Show, SimpleShowLayout, TextField } from 'react-admin';
import { EnumField } from '../common/enums';
import { InstantField, LocaleNumberField } from '../common/values';

export function OutboxEmailShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="toAddress" />
        <TextField source="subject" />
        <TextField source="kind" />
        <EnumField source="status" enumName="EmailStatus" />
        <InstantField source="createdAt" />
        <InstantField source="deliveredAt" />
        <LocaleNumberField source="attempts" />
        <TextField source="lastError" emptyText="—" />
        <TextField source="textBody" sx={{ whiteSpace: 'pre-wrap', fontFamily: 'monospace' }} />
      </SimpleShowLayout>
    </Show>
  );
}

import { EmailField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { EnumField } from '../common/enums';
import { InstantField } from '../common/values';

export function SubscriptionShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <EmailField source="email" />
        <TextField source="name" emptyText="—" />
        <TextField source="organizationName" emptyText="—" />
        <EnumField source="language" enumName="Language" />
        <EnumField source="status" enumName="SubscriptionStatus" />
        <InstantField source="createdAt" />
        <InstantField source="confirmedAt" />
        <InstantField source="unsubscribedAt" />
      </SimpleShowLayout>
    </Show>
  );
}

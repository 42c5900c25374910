import { BooleanField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { EnumField } from '../common/enums';
import { RecordLink } from '../common/RecordLink';

export function LeadAgencyShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <RecordLink source="organization" reference="organizations" />
        <EnumField source="phase" enumName="Phase" />
        <BooleanField source="isLead" />
        <TextField source="responsibility" emptyText="—" />
      </SimpleShowLayout>
    </Show>
  );
}

import { Show, SimpleShowLayout, TextField } from 'react-admin';
import { EnumField } from '../common/enums';
import { RecordLink } from '../common/RecordLink';
import { DayField, InstantField, MoneyField } from '../common/values';

export function StipendShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <RecordLink source="team" reference="teams" />
        <TextField source="programYear" />
        <MoneyField source="amount" />
        <EnumField source="status" enumName="StipendStatus" />
        <DayField source="dueOn" />
        <InstantField source="approvedAt" />
        <DayField source="paidOn" />
      </SimpleShowLayout>
    </Show>
  );
}

import { Show, SimpleShowLayout, TextField } from 'react-admin';
import { EnumField } from '../common/enums';
import { DayField } from '../common/values';

export function DeliverableShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="title" />
        <TextField source="description" emptyText="—" />
        <TextField source="statute" />
        <DayField source="dueOn" />
        <EnumField source="status" enumName="DeliverableStatus" />
        <TextField source="evidence" emptyText="—" />
        <DayField source="completedOn" />
      </SimpleShowLayout>
    </Show>
  );
}

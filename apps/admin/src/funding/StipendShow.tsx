import { Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import { EnumField } from '../common/enums';
import { RecordLink } from '../common/RecordLink';
import { DayField, InstantField, MoneyField } from '../common/values';
import { StipendActions } from './FundingActions';

export function StipendShow() {
  return (
    <Show
      actions={
        <TopToolbar>
          <StipendActions />
        </TopToolbar>
      }
    >
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

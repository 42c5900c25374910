import { Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import { EnumField } from '../common/enums';
import { personName } from '../common/people';
import { RecordLink } from '../common/RecordLink';
import { DayField, InstantField, MoneyField } from '../common/values';
import { conveningName } from '../convenings/conveningName';
import { ReimbursementActions } from './FundingActions';

export function ReimbursementShow() {
  return (
    <Show
      actions={
        <TopToolbar>
          <ReimbursementActions />
        </TopToolbar>
      }
    >
      <SimpleShowLayout>
        <RecordLink
          source="membership.person"
          reference="people"
          text={personName}
          label="resources.reimbursements.fields.member"
        />
        <RecordLink
          source="membership.team"
          reference="teams"
          label="resources.reimbursements.fields.team"
        />
        <RecordLink source="convening" reference="convenings" text={conveningName} />
        <EnumField source="category" enumName="ExpenseCategory" />
        <MoneyField source="amount" />
        <TextField source="description" />
        <EnumField source="status" enumName="ReimbursementStatus" />
        <InstantField source="submittedAt" />
        <InstantField source="decidedAt" />
        <DayField source="paidOn" />
      </SimpleShowLayout>
    </Show>
  );
}

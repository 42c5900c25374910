import { DataTable, List } from 'react-admin';
import { useAccess } from '../auth/useAccess';
import { CohortReferenceInput } from '../cohorts/CohortReferenceInput';
import { selectableRows } from '../common/bulk/SelectableRows';
import { col } from '../common/csvExport/columns';
import { EnumField, EnumInput } from '../common/enums';
import { ListActions } from '../common/ListActions';
import { personName } from '../common/people';
import { RecordLink } from '../common/RecordLink';
import { InstantField, MoneyField } from '../common/values';
import { conveningName } from '../convenings/conveningName';
import {
  ApproveReimbursementsButton,
  claimRowName,
  isClaimSelectable,
} from './ApproveReimbursementsButton';
import { ReimbursementActions } from './FundingActions';
import { FundingTotals } from './FundingTotals';

const filters = [
  <EnumInput key="status" source="status" enumName="ReimbursementStatus" alwaysOn />,
  <EnumInput key="category" source="category" enumName="ExpenseCategory" alwaysOn />,
  <CohortReferenceInput key="cohortId" helperText={false} />,
];

/** Rows whose checkbox says whose claim it selects. */
const ClaimRows = selectableRows(claimRowName);

const exportColumns = [
  col.person('membership.person', { label: 'resources.reimbursements.fields.member' }),
  col.reference('membership.team', { label: 'resources.reimbursements.fields.team' }),
  col.reference('convening', { name: conveningName }),
  col.enum('category', 'ExpenseCategory'),
  col.money('amount'),
  col.enum('status', 'ReimbursementStatus'),
  col.instant('submittedAt'),
];
/** Travel claims per member and convening, with the totals and the next step of each. */
export function ReimbursementList() {
  const { can } = useAccess();
  const acting = ['approve', 'reject', 'pay'].some((action) => can(action, 'reimbursements'));
  return (
    <List
      actions={<ListActions exportColumns={exportColumns} />}
      filters={filters}
      sort={{ field: 'submittedAt', order: 'DESC' }}
    >
      <FundingTotals focus="reimbursements" />
      <DataTable
        rowClick="show"
        bulkActionButtons={
          can('approve', 'reimbursements') ? <ApproveReimbursementsButton /> : false
        }
        isRowSelectable={isClaimSelectable}
        body={ClaimRows}
      >
        <DataTable.Col
          source="membership.person"
          label="resources.reimbursements.fields.member"
          disableSort
        >
          <RecordLink source="membership.person" reference="people" text={personName} />
        </DataTable.Col>
        <DataTable.Col
          source="membership.team"
          label="resources.reimbursements.fields.team"
          disableSort
        >
          <RecordLink source="membership.team" reference="teams" />
        </DataTable.Col>
        <DataTable.Col source="convening" disableSort>
          <RecordLink source="convening" reference="convenings" text={conveningName} />
        </DataTable.Col>
        <DataTable.Col source="category" disableSort>
          <EnumField source="category" enumName="ExpenseCategory" />
        </DataTable.Col>
        <DataTable.Col source="amount" field={MoneyField} disableSort />
        <DataTable.Col source="status">
          <EnumField source="status" enumName="ReimbursementStatus" />
        </DataTable.Col>
        <DataTable.Col source="submittedAt" field={InstantField} />
        {acting && (
          <DataTable.Col label="cei.common.actions" disableSort>
            <ReimbursementActions />
          </DataTable.Col>
        )}
      </DataTable>
    </List>
  );
}

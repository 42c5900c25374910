import { ReimbursementStatus } from '@cei/domain';
import CheckIcon from '@mui/icons-material/Check';
import { type RaRecord, useListContext, useTranslate } from 'react-admin';
import { ActionButton, useOperation } from '../common/actions';
import { type BulkRow, describeBulkFailure } from '../common/bulk/bulkFailure';
import { useSelectedRecords } from '../common/bulk/useSelectedRecords';
import { personName } from '../common/people';
import { conveningName } from '../convenings/conveningName';
import { APPROVE_REIMBURSEMENTS } from './funding.graphql';

interface ClaimRow extends RaRecord {
  id: string;
  version: number;
  status?: string;
  membership?: { person?: { givenName?: string | null; familyName?: string | null } | null };
  convening?: { programYear?: string; number?: number; title?: string | null } | null;
}

/** A claim as its row is named: the member, and the convening. */
export function claimRowName(claim: Pick<ClaimRow, 'membership' | 'convening'>): string {
  return [
    personName(claim.membership?.person ?? {}),
    claim.convening ? conveningName(claim.convening) : null,
  ]
    .filter(Boolean)
    .join(', ');
}

/** Only submitted claims can be selected for approval: the others' decision is made. */
export const isClaimSelectable = (claim: RaRecord) =>
  claim.status === ReimbursementStatus.SUBMITTED;

/**
 * "Approve" over the claims selected in the reimbursements list, after a confirmation: one
 * `approveReimbursements`, which approves all of them or none, naming the claim refused.
 */
export function ApproveReimbursementsButton() {
  const translate = useTranslate();
  const { selectedIds, onUnselectItems } = useListContext();
  const selectedRecords = useSelectedRecords<ClaimRow>();
  const run = useOperation();
  const count = selectedIds.length;

  async function approve() {
    const records = await selectedRecords();
    const rows: BulkRow[] = records.map((record) => ({
      id: record.id,
      name: claimRowName(record),
    }));
    try {
      await run(
        APPROVE_REIMBURSEMENTS,
        { input: { reimbursements: records.map(({ id, version }) => ({ id, version })) } },
        { success: 'cei.lists.bulk.reimbursements.done', successArgs: { smart_count: count } },
      );
      onUnselectItems();
    } catch (error) {
      throw new Error(describeBulkFailure(error, 'reimbursements', rows, translate));
    }
  }

  return (
    <ActionButton
      label="cei.lists.bulk.reimbursements.approve"
      icon={<CheckIcon />}
      // Primary, not success: green misses 4.5:1 on the bulk toolbar's light blue.
      color="primary"
      variant="text"
      confirm={{
        title: 'cei.lists.bulk.reimbursements.title',
        content: 'cei.lists.bulk.reimbursements.content',
        args: { smart_count: count },
      }}
      onAction={approve}
    />
  );
}

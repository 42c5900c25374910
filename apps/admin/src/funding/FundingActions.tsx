import {
  canReimbursementTransition,
  canStipendTransition,
  ReimbursementStatus,
  StipendStatus,
  todayInPacific,
} from '@cei/domain';
import CheckIcon from '@mui/icons-material/Check';
import CloseIcon from '@mui/icons-material/Close';
import PaidIcon from '@mui/icons-material/Paid';
import { Stack } from '@mui/material';
import type { DocumentNode } from 'graphql';
import { useState } from 'react';
import { DateInput, required, TextInput, useRecordContext } from 'react-admin';
import { useAccess } from '../auth/useAccess';
import { ActionButton, OperationDialog, useOperation } from '../common/actions';
import {
  APPROVE_REIMBURSEMENT,
  APPROVE_STIPEND,
  PAY_REIMBURSEMENT,
  PAY_STIPEND,
  REJECT_REIMBURSEMENT,
} from './funding.graphql';

interface MoneyRecord {
  id: string;
  version: number;
  status: string;
}

/** Keeps a click on a row's button from opening the row. */
function RowButtons({ children }: { children: React.ReactNode }) {
  return (
    <Stack
      direction="row"
      gap={1}
      onClick={(event) => event.stopPropagation()}
      onKeyDown={(event) => event.stopPropagation()}
    >
      {children}
    </Stack>
  );
}

/** A stipend's next step, forward only: approve a planned one, record the payment of an approved one. */
export function StipendActions() {
  const stipend = useRecordContext<MoneyRecord>();
  const { can } = useAccess();
  const run = useOperation();
  if (!stipend) return null;
  const status = stipend.status as StipendStatus;
  const variables = { id: stipend.id, version: stipend.version };
  return (
    <RowButtons>
      {canStipendTransition(status, StipendStatus.APPROVED) && can('approve', 'stipends') && (
        <ActionButton
          label="cei.funding.approve"
          icon={<CheckIcon />}
          onAction={() => run(APPROVE_STIPEND, variables, { success: 'cei.funding.approved' })}
        />
      )}
      {canStipendTransition(status, StipendStatus.PAID) && can('pay', 'stipends') && (
        <PayButton document={PAY_STIPEND} record={stipend} />
      )}
    </RowButtons>
  );
}

/** A claim's next step: approve or reject a submitted one (with a reason), pay an approved one. */
export function ReimbursementActions() {
  const claim = useRecordContext<MoneyRecord>();
  const { can } = useAccess();
  const run = useOperation();
  const [rejecting, setRejecting] = useState(false);
  if (!claim) return null;
  const status = claim.status as ReimbursementStatus;
  const variables = { id: claim.id, version: claim.version };
  return (
    <RowButtons>
      {canReimbursementTransition(status, ReimbursementStatus.APPROVED) &&
        can('approve', 'reimbursements') && (
          <ActionButton
            label="cei.funding.approve"
            icon={<CheckIcon />}
            onAction={() =>
              run(APPROVE_REIMBURSEMENT, variables, { success: 'cei.funding.approved' })
            }
          />
        )}
      {canReimbursementTransition(status, ReimbursementStatus.REJECTED) &&
        can('reject', 'reimbursements') && (
          <>
            <ActionButton
              label="cei.funding.reject"
              icon={<CloseIcon />}
              color="error"
              onAction={async () => setRejecting(true)}
            />
            <OperationDialog
              title="cei.funding.rejectTitle"
              open={rejecting}
              onClose={() => setRejecting(false)}
              submitLabel="cei.funding.reject"
              onSubmit={(values) =>
                run(
                  REJECT_REIMBURSEMENT,
                  { ...variables, input: { reason: values.reason } },
                  { success: 'cei.funding.rejected' },
                )
              }
            >
              <TextInput
                source="reason"
                helperText="cei.funding.reasonHelp"
                validate={required()}
                multiline
                fullWidth
              />
            </OperationDialog>
          </>
        )}
      {canReimbursementTransition(status, ReimbursementStatus.PAID) &&
        can('pay', 'reimbursements') && <PayButton document={PAY_REIMBURSEMENT} record={claim} />}
    </RowButtons>
  );
}

function PayButton({ document, record }: { document: DocumentNode; record: MoneyRecord }) {
  const run = useOperation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <ActionButton
        label="cei.funding.pay"
        icon={<PaidIcon />}
        color="success"
        onAction={async () => setOpen(true)}
      />
      <OperationDialog
        title="cei.funding.payTitle"
        open={open}
        onClose={() => setOpen(false)}
        submitLabel="cei.funding.pay"
        defaultValues={{ paidOn: todayInPacific() }}
        onSubmit={(values) =>
          run(
            document,
            { id: record.id, version: record.version, input: { paidOn: values.paidOn } },
            { success: 'cei.funding.paid' },
          )
        }
      >
        <DateInput source="paidOn" validate={required()} fullWidth />
      </OperationDialog>
    </>
  );
}

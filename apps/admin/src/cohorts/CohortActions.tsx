import { CohortStatus } from '@cei/domain';
import EventAvailableIcon from '@mui/icons-material/EventAvailable';
import UpdateIcon from '@mui/icons-material/Update';
import { useState } from 'react';
import { EditButton, required, TextInput, TopToolbar, useRecordContext } from 'react-admin';
import { useAccess } from '../auth/useAccess';
import { ActionButton, OperationDialog, useOperation } from '../common/actions';
import { PacificDateTimeInput } from '../common/PacificDateTimeInput';
import { SubscribeButton } from '../convenings/SubscribeButton';
import { MOVE_APPLICATION_DEADLINE, OPEN_RECRUITMENT } from './cohort.graphql';

interface CohortRecord {
  id: string;
  version: number;
  name: string;
  status: CohortStatus;
  applicationOpensAt: string | null;
  applicationDueAt: string | null;
}

/**
 * A cohort's buttons: edit; open recruitment while it is planned (the application window); move
 * the deadline while it recruits (kept in the deadline history with its reason); subscribe a
 * calendar to its convenings.
 */
export function CohortActions() {
  const cohort = useRecordContext<CohortRecord>();
  const { can } = useAccess();
  if (!cohort) return null;
  return (
    <TopToolbar>
      {cohort.status === CohortStatus.PLANNED && can('openRecruitment', 'cohorts') && (
        <OpenRecruitment cohort={cohort} />
      )}
      {cohort.status === CohortStatus.RECRUITING && can('moveDeadline', 'cohorts') && (
        <MoveDeadline cohort={cohort} />
      )}
      {can('subscribe', 'convenings') && <SubscribeButton cohortId={cohort.id} />}
      {can('edit', 'cohorts') && <EditButton />}
    </TopToolbar>
  );
}

function OpenRecruitment({ cohort }: { cohort: CohortRecord }) {
  const run = useOperation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <ActionButton
        label="cei.cohorts.openRecruitment"
        icon={<EventAvailableIcon />}
        variant="contained"
        onAction={async () => setOpen(true)}
      />
      <OperationDialog
        title="cei.cohorts.openRecruitmentTitle"
        titleArgs={{ name: cohort.name }}
        open={open}
        onClose={() => setOpen(false)}
        submitLabel="cei.cohorts.openRecruitment"
        defaultValues={{
          opensAt: new Date().toISOString(),
          dueAt: cohort.applicationDueAt,
        }}
        onSubmit={(values) =>
          run(
            OPEN_RECRUITMENT,
            {
              cohortId: cohort.id,
              version: cohort.version,
              input: { opensAt: values.opensAt, dueAt: values.dueAt },
            },
            { success: 'cei.cohorts.recruitmentOpened' },
          )
        }
      >
        <PacificDateTimeInput
          source="opensAt"
          label="resources.cohorts.fields.applicationOpensAt"
          validate={required()}
          fullWidth
        />
        <PacificDateTimeInput
          source="dueAt"
          label="resources.cohorts.fields.applicationDueAt"
          validate={required()}
          fullWidth
        />
      </OperationDialog>
    </>
  );
}

function MoveDeadline({ cohort }: { cohort: CohortRecord }) {
  const run = useOperation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <ActionButton
        label="cei.cohorts.moveDeadline"
        icon={<UpdateIcon />}
        onAction={async () => setOpen(true)}
      />
      <OperationDialog
        title="cei.cohorts.moveDeadlineTitle"
        titleArgs={{ name: cohort.name }}
        open={open}
        onClose={() => setOpen(false)}
        submitLabel="cei.cohorts.moveDeadline"
        defaultValues={{ dueAt: cohort.applicationDueAt, reason: '' }}
        onSubmit={(values) =>
          run(
            MOVE_APPLICATION_DEADLINE,
            {
              cohortId: cohort.id,
              version: cohort.version,
              input: { dueAt: values.dueAt, reason: values.reason || null },
            },
            { success: 'cei.cohorts.deadlineMoved' },
          )
        }
      >
        <PacificDateTimeInput
          source="dueAt"
          label="cei.cohorts.newDueAt"
          validate={required()}
          fullWidth
        />
        <TextInput source="reason" helperText="cei.cohorts.reasonHelp" fullWidth />
      </OperationDialog>
    </>
  );
}

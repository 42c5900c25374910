import { todayInPacific } from '@cei/domain';
import AddIcon from '@mui/icons-material/Add';
import CheckIcon from '@mui/icons-material/Check';
import { Typography } from '@mui/material';
import { useState } from 'react';
import {
  DataTable,
  DateInput,
  ReferenceManyField,
  required,
  TextInput,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { useAccess } from '../auth/useAccess';
import { ActionButton, OperationDialog, useOperation } from '../common/actions';
import { DayField } from '../common/values';
import { ADD_FOLLOW_UP } from './outcome.graphql';

interface FollowUpRecord {
  id: string;
  version: number;
  description: string;
  completedOn: string | null;
}

/** A check-in's follow-ups: what is to be done by when, marked done when it is. */
export function FollowUps({ checkInId }: { checkInId: string }) {
  const translate = useTranslate();
  const { can } = useAccess();
  const run = useOperation();
  const [adding, setAdding] = useState(false);
  const editing = can('edit', 'followUps');
  return (
    <>
      {editing && (
        <>
          <ActionButton
            label="cei.followUps.add"
            icon={<AddIcon />}
            onAction={async () => setAdding(true)}
          />
          <OperationDialog
            title="cei.followUps.add"
            open={adding}
            onClose={() => setAdding(false)}
            submitLabel="ra.action.save"
            onSubmit={(values) =>
              run(
                ADD_FOLLOW_UP,
                {
                  checkInId,
                  input: { description: values.description, dueOn: values.dueOn || null },
                },
                { success: 'cei.followUps.added' },
              )
            }
          >
            <TextInput
              source="description"
              label="resources.followUps.fields.description"
              validate={required()}
              multiline
              fullWidth
            />
            <DateInput source="dueOn" label="resources.followUps.fields.dueOn" fullWidth />
          </OperationDialog>
        </>
      )}
      <ReferenceManyField
        reference="followUps"
        target="checkInId"
        sort={{ field: 'dueOn', order: 'ASC' }}
      >
        <DataTable
          bulkActionButtons={false}
          empty={<Typography variant="body2">{translate('cei.followUps.none')}</Typography>}
        >
          <DataTable.Col source="description" disableSort />
          <DataTable.Col source="dueOn" field={DayField} />
          <DataTable.Col source="completedOn" field={DayField} />
          {editing && (
            <DataTable.Col label="cei.common.actions" disableSort>
              <CompleteFollowUp />
            </DataTable.Col>
          )}
        </DataTable>
      </ReferenceManyField>
    </>
  );
}

function CompleteFollowUp() {
  const followUp = useRecordContext<FollowUpRecord>();
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  if (!followUp || followUp.completedOn) return null;
  return (
    <ActionButton
      label="cei.followUps.done"
      icon={<CheckIcon />}
      onAction={async () => {
        await dataProvider.update('followUps', {
          id: followUp.id,
          data: { ...followUp, completedOn: todayInPacific() },
          previousData: followUp,
        });
        notify('cei.followUps.completed', { type: 'info' });
        refresh();
      }}
    />
  );
}

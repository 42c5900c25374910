import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import EditIcon from '@mui/icons-material/Edit';
import { Stack, Typography } from '@mui/material';
import { useState } from 'react';
import {
  DataTable,
  maxLength,
  minValue,
  NumberInput,
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
import { ActionButton, OperationDialog } from '../common/actions';
import { LocaleNumberField } from '../common/values';

interface CriterionRecord {
  id: string;
  version: number;
  key: string;
  name: string;
  description: string | null;
  maxScore: number;
  weight: number;
  position: number;
}

/**
 * A cohort's rubric: the criteria reviewers score, in order, each with a maximum and a weight.
 * CEI staff add, change and remove criteria here.
 */
export function RubricEditor({ cohortId }: { cohortId: string }) {
  const translate = useTranslate();
  const { can } = useAccess();
  const editing = can('edit', 'rubricCriteria');
  return (
    <Stack gap={1}>
      <Typography variant="body2" color="text.secondary">
        {translate('cei.rubric.explain')}
      </Typography>
      {can('create', 'rubricCriteria') && <CriterionDialogButton cohortId={cohortId} />}
      <ReferenceManyField
        reference="rubricCriteria"
        target="cohortId"
        sort={{ field: 'position', order: 'ASC' }}
        perPage={100}
        label={false}
      >
        <DataTable
          bulkActionButtons={false}
          empty={<Typography variant="body2">{translate('cei.rubric.empty')}</Typography>}
        >
          <DataTable.Col source="position" field={LocaleNumberField} />
          <DataTable.Col source="name" />
          <DataTable.Col source="description" disableSort />
          <DataTable.Col source="maxScore" field={LocaleNumberField} disableSort />
          <DataTable.Col source="weight" field={LocaleNumberField} disableSort />
          {editing && (
            <DataTable.Col label="cei.common.actions" disableSort>
              <CriterionRowActions cohortId={cohortId} />
            </DataTable.Col>
          )}
        </DataTable>
      </ReferenceManyField>
    </Stack>
  );
}

function CriterionRowActions({ cohortId }: { cohortId: string }) {
  const criterion = useRecordContext<CriterionRecord>();
  const dataProvider = useDataProvider();
  const refresh = useRefresh();
  const notify = useNotify();
  if (!criterion) return null;
  return (
    <Stack direction="row" gap={1}>
      <CriterionDialogButton cohortId={cohortId} criterion={criterion} />
      <ActionButton
        label="ra.action.delete"
        icon={<DeleteIcon />}
        color="error"
        confirm={{
          title: 'cei.rubric.deleteTitle',
          content: 'cei.rubric.deleteContent',
          args: { name: criterion.name },
        }}
        onAction={async () => {
          await dataProvider.delete('rubricCriteria', {
            id: criterion.id,
            previousData: criterion,
          });
          notify('cei.rubric.deleted', { type: 'info' });
          refresh();
        }}
      />
    </Stack>
  );
}

/** Adds a criterion, or changes `criterion`. */
function CriterionDialogButton({
  cohortId,
  criterion,
}: {
  cohortId: string;
  criterion?: CriterionRecord;
}) {
  const dataProvider = useDataProvider();
  const refresh = useRefresh();
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  return (
    <>
      <ActionButton
        label={criterion ? 'ra.action.edit' : 'cei.rubric.add'}
        icon={criterion ? <EditIcon /> : <AddIcon />}
        variant={criterion ? 'text' : 'outlined'}
        onAction={async () => setOpen(true)}
      />
      <OperationDialog
        title={criterion ? 'cei.rubric.editTitle' : 'cei.rubric.addTitle'}
        titleArgs={{ name: criterion?.name ?? '' }}
        open={open}
        onClose={() => setOpen(false)}
        submitLabel="ra.action.save"
        defaultValues={criterion ? { ...criterion } : { maxScore: 5, weight: 1 }}
        onSubmit={async (values) => {
          if (criterion) {
            await dataProvider.update('rubricCriteria', {
              id: criterion.id,
              data: values,
              previousData: criterion,
            });
          } else {
            await dataProvider.create('rubricCriteria', { data: { ...values, cohortId } });
          }
          notify('cei.rubric.saved', { type: 'info' });
          refresh();
        }}
      >
        <TextInput
          disabled={!!criterion}
          source="key"
          label="resources.rubricCriteria.fields.key"
          helperText="cei.rubric.keyHelp"
          validate={[required(), maxLength(60)]}
          fullWidth
        />
        <TextInput
          source="name"
          label="resources.rubricCriteria.fields.name"
          validate={[required(), maxLength(200)]}
          fullWidth
        />
        <TextInput
          source="description"
          label="resources.rubricCriteria.fields.description"
          multiline
          fullWidth
        />
        <NumberInput
          source="maxScore"
          label="resources.rubricCriteria.fields.maxScore"
          validate={[required(), minValue(1)]}
          step={1}
        />
        <NumberInput
          source="weight"
          label="resources.rubricCriteria.fields.weight"
          validate={[required(), minValue(0)]}
          step={1}
        />
        <NumberInput
          source="position"
          label="resources.rubricCriteria.fields.position"
          helperText="cei.rubric.positionHelp"
          step={1}
        />
      </OperationDialog>
    </>
  );
}

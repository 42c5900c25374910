import { ApplicationStatus, TeamRole, todayInPacific } from '@cei/domain';
import RateReviewIcon from '@mui/icons-material/RateReview';
import SendIcon from '@mui/icons-material/Send';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  List,
  ListItem,
  Stack,
} from '@mui/material';
import { useId, useState } from 'react';
import {
  DateInput,
  EditButton,
  Link,
  required,
  TextInput,
  useCreatePath,
  useNotify,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { useAccess } from '../auth/useAccess';
import { ActionButton, OperationDialog, useOperation } from '../common/actions';
import { EnumInput, useUiLanguage } from '../common/enums';
import { formatInstant } from '../common/values';
import { usePartLabel } from './ApplicationBadges';
import {
  type ApplicationRecord,
  SELECT_APPLICATION,
  SUBMIT_APPLICATION,
} from './application.graphql';
import { type ApplicationAction, applicationActionsFor } from './applicationActions';

/** Statuses in which a reviewer scores the letter. */
const REVIEWABLE: readonly ApplicationStatus[] = [
  ApplicationStatus.UNDER_REVIEW,
  ApplicationStatus.WAITLISTED,
];

/**
 * The buttons of an application's page: edit while it is a draft, review while it is reviewed,
 * and each step of its path that its status allows (domain `canApplicationTransition`) and the
 * viewer's role may take.
 */
export function ApplicationActions() {
  const application = useRecordContext<ApplicationRecord>();
  const { can } = useAccess();
  const createPath = useCreatePath();
  const translate = useTranslate();
  if (!application) return null;
  const steps = applicationActionsFor(application.status, (action) => can(action, 'applications'));
  return (
    <Stack direction="row" gap={1} flexWrap="wrap" alignItems="center" sx={{ py: 1 }}>
      {application.status === ApplicationStatus.DRAFT && can('edit', 'applications') && (
        <EditButton resource="applications" variant="outlined" />
      )}
      {REVIEWABLE.includes(application.status) && can('review', 'applications') && (
        <Button
          size="small"
          variant="contained"
          startIcon={<RateReviewIcon />}
          component={Link}
          to={`${createPath({ resource: 'applications', id: application.id, type: 'show' }).replace(/\/show$/, '')}/review`}
        >
          {translate('cei.applications.actions.review')}
        </Button>
      )}
      {steps.map((step) => (
        <StepButton key={step.action} step={step} application={application} />
      ))}
    </Stack>
  );
}

function StepButton({
  step,
  application,
}: {
  step: ApplicationAction;
  application: ApplicationRecord;
}) {
  const run = useOperation();
  const variables = { id: application.id, version: application.version };
  const success = `cei.applications.done.${step.action}`;
  switch (step.action) {
    case 'submit':
      return <SubmitButton application={application} />;
    case 'select':
      return <SelectButton application={application} />;
    case 'startReview':
      return (
        <ActionButton
          label="cei.applications.actions.startReview"
          variant="contained"
          onAction={() => run(step.document, variables, { success })}
        />
      );
    default:
      return (
        <ActionButton
          label={`cei.applications.actions.${step.action}`}
          color={step.action === 'waitlist' ? 'primary' : 'error'}
          confirm={{
            title: `cei.applications.confirm.${step.action}.title`,
            content: `cei.applications.confirm.${step.action}.content`,
            args: { name: application.lea?.name ?? '' },
          }}
          onAction={() => run(step.document, variables, { success })}
        />
      );
  }
}

/**
 * Submitting: first what the letter still lacks (the server's `missingParts`, by the domain's
 * list), and nothing to submit until it is complete; a late submission is said to be late.
 */
function SubmitButton({ application }: { application: ApplicationRecord }) {
  const translate = useTranslate();
  const language = useUiLanguage();
  const run = useOperation();
  const notify = useNotify();
  const titleId = useId();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const missing = application.missingParts ?? [];
  const late = application.deadline != null && new Date(application.deadline) < new Date();
  const partLabel = usePartLabel();

  async function submit() {
    setPending(true);
    try {
      await run(
        SUBMIT_APPLICATION,
        { id: application.id, version: application.version },
        { success: 'cei.applications.done.submit' },
      );
      setOpen(false);
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
    } finally {
      setPending(false);
    }
  }

  return (
    <>
      <Button
        size="small"
        variant="contained"
        startIcon={<SendIcon />}
        onClick={() => setOpen(true)}
      >
        {translate('cei.applications.actions.submit')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby={titleId}>
        <DialogTitle id={titleId}>{translate('cei.applications.confirm.submit.title')}</DialogTitle>
        <DialogContent>
          {missing.length > 0 ? (
            <Alert severity="warning" role="status">
              {translate('cei.applications.missing.intro', { smart_count: missing.length })}
              <List dense aria-label={translate('cei.applications.missing.title')}>
                {missing.map((part) => (
                  <ListItem key={part} sx={{ display: 'list-item', listStyle: 'disc', ml: 2 }}>
                    {partLabel(part)}
                  </ListItem>
                ))}
              </List>
            </Alert>
          ) : (
            <DialogContentText>
              {translate('cei.applications.confirm.submit.content')}
            </DialogContentText>
          )}
          {late && application.deadline && (
            <Alert severity="warning" sx={{ mt: 2 }}>
              {translate('cei.applications.confirm.submit.late', {
                deadline: formatInstant(application.deadline, language),
              })}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
          <Button variant="contained" onClick={submit} disabled={missing.length > 0 || pending}>
            {translate('cei.applications.actions.submit')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}

/**
 * Selecting creates the team, its point of contact on the roster and its stipends: the dialog
 * asks when the team joins, its name (the LEA's by default) and the contact's role.
 */
function SelectButton({ application }: { application: ApplicationRecord }) {
  const run = useOperation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <ActionButton
        label="cei.applications.actions.select"
        variant="contained"
        color="success"
        onAction={async () => setOpen(true)}
      />
      <OperationDialog
        title="cei.applications.select.title"
        titleArgs={{ name: application.lea?.name ?? '' }}
        open={open}
        onClose={() => setOpen(false)}
        submitLabel="cei.applications.actions.select"
        defaultValues={{
          joinedOn: todayInPacific(),
          teamName: application.lea?.name ?? '',
          contactRole: TeamRole.DISTRICT_ENGAGEMENT_LEAD,
        }}
        onSubmit={(values) =>
          run(
            SELECT_APPLICATION,
            {
              id: application.id,
              version: application.version,
              input: {
                joinedOn: values.joinedOn,
                teamName: values.teamName || null,
                contactRole: values.contactRole,
              },
            },
            { success: 'cei.applications.done.select' },
          )
        }
      >
        <DateInput
          source="joinedOn"
          label="cei.applications.select.joinedOn"
          validate={required()}
          fullWidth
        />
        <TextInput source="teamName" helperText="cei.applications.select.teamNameHelp" fullWidth />
        <EnumInput
          source="contactRole"
          enumName="TeamRole"
          label="cei.applications.select.contactRole"
          helperText="cei.applications.select.contactRoleHelp"
          validate={required()}
          fullWidth
        />
      </OperationDialog>
    </>
  );
}

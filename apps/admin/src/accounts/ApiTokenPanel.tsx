import { addDays, pacificToInstant, todayInPacific } from '@cei/domain';
import AddIcon from '@mui/icons-material/Add';
import BlockIcon from '@mui/icons-material/Block';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import {
  Confirm,
  DataTable,
  DateInput,
  Form,
  HttpError,
  ReferenceManyField,
  required,
  SaveButton,
  TextInput,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { ShownOnceDialog, type ShownOnceTexts } from '../common/ShownOnceDialog';
import { InstantField } from '../common/values';
import type { CeiDataProvider } from '../data/dataProvider';
import { Section } from '../layout/Section';
import { ISSUE_API_TOKEN, type IssuedApiToken, REVOKE_API_TOKEN } from './account.graphql';
import { TokenLimits } from './TokenLimits';

/** The server refuses tokens valid for more than a year; a quarter is the usual default. */
const DEFAULT_VALIDITY_DAYS = 90;

/** How a program sends its token: the same in every language. */
const HEADER = 'Authorization: Bearer <token>';

/** An API partner's tokens: issue one (its secret shown once), see when each was used, revoke. */
export function ApiTokenPanel({ accountId }: { accountId: string }) {
  const translate = useTranslate();
  const [before, after] = translate('cei.apiTokens.explain', { header: '\u0000' }).split('\u0000');
  return (
    <Section title="cei.apiTokens.title">
      <Typography variant="body2" color="text.secondary" gutterBottom>
        {before}
        <code>{HEADER}</code>
        {after}
      </Typography>
      <IssueToken accountId={accountId} />
      <ReferenceManyField
        reference="apiTokens"
        target="accountId"
        sort={{ field: 'createdAt', order: 'DESC' }}
        perPage={100}
      >
        <DataTable
          bulkActionButtons={false}
          empty={<Typography variant="body2">{translate('cei.apiTokens.none')}</Typography>}
        >
          <DataTable.Col source="name" disableSort />
          <DataTable.Col source="createdAt" field={InstantField} />
          <DataTable.Col source="expiresAt" field={InstantField} />
          <DataTable.Col source="lastUsedAt" field={InstantField} disableSort />
          <DataTable.Col source="revokedAt" field={InstantField} disableSort />
          <DataTable.Col label="cei.apiTokens.limits" disableSort>
            <TokenLimits />
          </DataTable.Col>
          <DataTable.Col label="cei.common.actions" disableSort>
            <RevokeToken />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
    </Section>
  );
}

interface TokenRequest {
  name: string;
  /** The last day it works, a Pacific calendar day; it stops at that day's end. */
  expiresAt: string;
}

function IssueToken({ accountId }: { accountId: string }) {
  const dataProvider = useDataProvider<CeiDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const [asking, setAsking] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);

  async function issue(values: Partial<TokenRequest>) {
    try {
      const { issueApiToken } = await dataProvider.execute<IssuedApiToken>(ISSUE_API_TOKEN, {
        input: {
          accountId,
          name: values.name,
          expiresAt: pacificToInstant(values.expiresAt ?? '', '23:59').toISOString(),
        },
      });
      setAsking(false);
      setSecret(issueApiToken.token);
      refresh();
    } catch (error) {
      if (error instanceof HttpError && error.body?.errors) return error.body.errors;
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
    }
    return undefined;
  }

  return (
    <>
      <Button startIcon={<AddIcon />} onClick={() => setAsking(true)} sx={{ mb: 1 }}>
        {translate('cei.apiTokens.issue')}
      </Button>
      <Dialog open={asking} onClose={() => setAsking(false)} aria-labelledby="issue-token-title">
        <Form
          onSubmit={issue}
          defaultValues={{ expiresAt: addDays(todayInPacific(), DEFAULT_VALIDITY_DAYS) }}
        >
          <DialogTitle id="issue-token-title">{translate('cei.apiTokens.issueTitle')}</DialogTitle>
          <DialogContent>
            <TextInput
              source="name"
              label="resources.apiTokens.fields.name"
              helperText="cei.apiTokens.nameHelp"
              validate={required()}
              fullWidth
            />
            <DateInput
              source="expiresAt"
              label="cei.apiTokens.worksUntil"
              helperText="cei.apiTokens.worksUntilHelp"
              validate={required()}
              fullWidth
            />
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setAsking(false)}>{translate('ra.action.cancel')}</Button>
            <SaveButton label="cei.apiTokens.issueButton" alwaysEnable />
          </DialogActions>
        </Form>
      </Dialog>
      {secret && (
        <ShownOnceDialog value={secret} texts={TOKEN_TEXTS} onDone={() => setSecret(null)} />
      )}
    </>
  );
}

/** A token's secret, shown once when it is issued (the server keeps its hash). */
const TOKEN_TEXTS: ShownOnceTexts = {
  title: 'cei.apiTokens.issuedTitle',
  warning: 'cei.apiTokens.issuedWarning',
  label: 'cei.apiTokens.token',
  copyRefused: 'cei.apiTokens.copyRefused',
};

interface TokenRecord {
  id: string;
  name: string;
  revokedAt: string | null;
  expiresAt: string;
}

function RevokeToken() {
  const token = useRecordContext<TokenRecord>();
  const dataProvider = useDataProvider<CeiDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  if (!token || token.revokedAt || new Date(token.expiresAt) <= new Date()) return null;

  async function revoke() {
    if (!token) return;
    setPending(true);
    try {
      await dataProvider.execute(REVOKE_API_TOKEN, { id: token.id });
      notify('cei.apiTokens.revoked', { type: 'info', messageArgs: { name: token.name } });
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
    } finally {
      setPending(false);
      setConfirming(false);
    }
  }

  return (
    <>
      <Button
        size="small"
        color="error"
        startIcon={<BlockIcon />}
        onClick={() => setConfirming(true)}
      >
        {translate('cei.apiTokens.revoke')}
      </Button>
      <Confirm
        isOpen={confirming}
        loading={pending}
        title="cei.apiTokens.revokeTitle"
        titleTranslateOptions={{ name: token.name }}
        content="cei.apiTokens.revokeContent"
        confirm="cei.apiTokens.revoke"
        onConfirm={revoke}
        onClose={() => setConfirming(false)}
      />
    </>
  );
}

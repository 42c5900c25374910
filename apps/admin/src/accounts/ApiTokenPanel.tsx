import { addDays, pacificToInstant, todayInPacific } from '@cei/domain';
import AddIcon from '@mui/icons-material/Add';
import BlockIcon from '@mui/icons-material/Block';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  TextField,
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
} from 'react-admin';
import { InstantField } from '../common/values';
import type { CeiDataProvider } from '../data/dataProvider';
import { Section } from '../layout/Section';
import { ISSUE_API_TOKEN, type IssuedApiToken, REVOKE_API_TOKEN } from './account.graphql';

/** The server refuses tokens valid for more than a year; a quarter is the usual default. */
const DEFAULT_VALIDITY_DAYS = 90;

/** An API partner's tokens: issue one (its secret shown once), see when each was used, revoke. */
export function ApiTokenPanel({ accountId }: { accountId: string }) {
  return (
    <Section title="API tokens">
      <Typography variant="body2" color="text.secondary" gutterBottom>
        Tokens are read-only and sent as <code>Authorization: Bearer &lt;token&gt;</code>. Only a
        hash is stored: a lost token cannot be shown again; revoke it and issue another.
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
          empty={<Typography variant="body2">No tokens yet.</Typography>}
        >
          <DataTable.Col source="name" disableSort />
          <DataTable.Col source="createdAt" label="Issued" field={InstantField} />
          <DataTable.Col source="expiresAt" label="Expires" field={InstantField} />
          <DataTable.Col source="lastUsedAt" label="Last used" field={InstantField} disableSort />
          <DataTable.Col source="revokedAt" label="Revoked" field={InstantField} disableSort />
          <DataTable.Col label="Actions" disableSort>
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
        Issue a token
      </Button>
      <Dialog open={asking} onClose={() => setAsking(false)} aria-labelledby="issue-token-title">
        <Form
          onSubmit={issue}
          defaultValues={{ expiresAt: addDays(todayInPacific(), DEFAULT_VALIDITY_DAYS) }}
        >
          <DialogTitle id="issue-token-title">Issue an API token</DialogTitle>
          <DialogContent>
            <TextInput
              source="name"
              label="Name"
              helperText="What it is for, e.g. “Research dashboard”"
              validate={required()}
              fullWidth
            />
            <DateInput
              source="expiresAt"
              label="Works until"
              helperText="At most a year from today; it stops at the end of that day, Pacific time"
              validate={required()}
              fullWidth
            />
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setAsking(false)}>Cancel</Button>
            <SaveButton label="Issue" alwaysEnable />
          </DialogActions>
        </Form>
      </Dialog>
      {secret && <IssuedSecret secret={secret} onDone={() => setSecret(null)} />}
    </>
  );
}

/**
 * The secret of a token just issued. It exists only here: the server keeps its hash, so once
 * this dialog closes no one can see it again. It closes only when the user says they are done.
 */
function IssuedSecret({ secret, onDone }: { secret: string; onDone: () => void }) {
  const [copied, setCopied] = useState(false);
  const notify = useNotify();

  async function copy() {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied(true);
    } catch {
      notify('The browser did not allow copying: select the token and copy it.', {
        type: 'warning',
      });
    }
  }

  return (
    <Dialog open aria-labelledby="issued-token-title" fullWidth maxWidth="sm">
      <DialogTitle id="issued-token-title">API token issued</DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 2 }}>
          Copy this token now and hand it over securely. It will not be shown again.
        </Alert>
        <TextField
          label="Token"
          value={secret}
          fullWidth
          slotProps={{ htmlInput: { readOnly: true, spellCheck: false } }}
          onFocus={(event) => event.target.select()}
        />
      </DialogContent>
      <DialogActions>
        <Button startIcon={<ContentCopyIcon />} onClick={copy}>
          {copied ? 'Copied' : 'Copy'}
        </Button>
        <Button variant="contained" onClick={onDone}>
          Done
        </Button>
      </DialogActions>
    </Dialog>
  );
}

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
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  if (!token || token.revokedAt || new Date(token.expiresAt) <= new Date()) return null;

  async function revoke() {
    if (!token) return;
    setPending(true);
    try {
      await dataProvider.execute(REVOKE_API_TOKEN, { id: token.id });
      notify(`The token “${token.name}” was revoked.`, { type: 'info' });
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
        Revoke
      </Button>
      <Confirm
        isOpen={confirming}
        loading={pending}
        title={`Revoke the token “${token.name}”?`}
        content="Programs using it stop working at once. This cannot be undone."
        confirm="Revoke"
        onConfirm={revoke}
        onClose={() => setConfirming(false)}
      />
    </>
  );
}

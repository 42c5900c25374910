import { addDays, pacificToInstant, todayInPacific } from '@cei/domain';
import AddIcon from '@mui/icons-material/Add';
import BlockIcon from '@mui/icons-material/Block';
import { Button, Typography } from '@mui/material';
import { useState } from 'react';
import {
  DataTable,
  DateInput,
  ReferenceManyField,
  required,
  TextInput,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { ActionButton, OperationDialog, useOperation } from '../common/actions';
import { ShownOnceDialog, type ShownOnceTexts } from '../common/ShownOnceDialog';
import { InstantField } from '../common/values';
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

function IssueToken({ accountId }: { accountId: string }) {
  const operation = useOperation();
  const translate = useTranslate();
  const [asking, setAsking] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);

  async function issue(values: Record<string, unknown>) {
    const { issueApiToken } = await operation<IssuedApiToken>(ISSUE_API_TOKEN, {
      input: {
        accountId,
        name: values.name,
        // The last day it works, a Pacific calendar day: it stops at that day's end.
        expiresAt: pacificToInstant(String(values.expiresAt ?? ''), '23:59').toISOString(),
      },
    });
    setSecret(issueApiToken.token);
  }

  return (
    <>
      <Button startIcon={<AddIcon />} onClick={() => setAsking(true)} sx={{ mb: 1 }}>
        {translate('cei.apiTokens.issue')}
      </Button>
      <OperationDialog
        open={asking}
        onClose={() => setAsking(false)}
        title="cei.apiTokens.issueTitle"
        submitLabel="cei.apiTokens.issueButton"
        defaultValues={{ expiresAt: addDays(todayInPacific(), DEFAULT_VALIDITY_DAYS) }}
        onSubmit={issue}
      >
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
      </OperationDialog>
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
  const operation = useOperation();
  if (!token || token.revokedAt || new Date(token.expiresAt) <= new Date()) return null;
  return (
    <ActionButton
      label="cei.apiTokens.revoke"
      icon={<BlockIcon />}
      color="error"
      variant="text"
      confirm={{
        title: 'cei.apiTokens.revokeTitle',
        content: 'cei.apiTokens.revokeContent',
        args: { name: token.name },
      }}
      onAction={() =>
        operation(
          REVOKE_API_TOKEN,
          { id: token.id },
          { success: 'cei.apiTokens.revoked', successArgs: { name: token.name } },
        )
      }
    />
  );
}

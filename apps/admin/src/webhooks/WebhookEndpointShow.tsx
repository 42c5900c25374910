import KeyIcon from '@mui/icons-material/Key';
import ReplayIcon from '@mui/icons-material/Replay';
import { Button, Typography } from '@mui/material';
import { useState } from 'react';
import {
  Confirm,
  DataTable,
  DeleteButton,
  EditButton,
  Labeled,
  ReferenceManyField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { EnumField } from '../common/enums';
import { ShownOnceDialog } from '../common/ShownOnceDialog';
import { InstantField, LocaleNumberField } from '../common/values';
import type { CeiDataProvider } from '../data/dataProvider';
import { Section } from '../layout/Section';
import { EndpointStatus, EventTypes } from './EndpointStatus';
import {
  type EndpointWithSecret,
  REDELIVER_WEBHOOK,
  RENEW_WEBHOOK_SECRET,
} from './webhook.graphql';
import { WEBHOOK_SECRET_TEXTS } from './webhookTexts';

/** An endpoint, its status, and its delivery log with a redeliver button per delivery. */
export function WebhookEndpointShow() {
  return (
    <Show actions={<EndpointActions />}>
      <SimpleShowLayout>
        <TextField source="url" />
        <TextField source="description" emptyText="—" />
        <TextField source="owner.email" label="resources.webhookEndpoints.fields.owner" />
        <Labeled label="resources.webhookEndpoints.fields.eventTypes">
          <EventTypes />
        </Labeled>
        <Labeled label="cei.webhooks.status">
          <EndpointStatus />
        </Labeled>
        <LocaleNumberField source="consecutiveFailures" />
        <InstantField source="createdAt" />
      </SimpleShowLayout>
      <DeliveryLog />
    </Show>
  );
}

function EndpointActions() {
  return (
    <TopToolbar>
      <RenewSecret />
      <EditButton />
      <DeleteButton mutationMode="pessimistic" />
    </TopToolbar>
  );
}

function DeliveryLog() {
  const endpoint = useRecordContext<{ id: string }>();
  const translate = useTranslate();
  if (!endpoint) return null;
  return (
    <Section title="cei.webhooks.deliveries">
      <ReferenceManyField
        reference="webhookDeliveries"
        target="endpointId"
        sort={{ field: 'occurredAt', order: 'DESC' }}
        perPage={50}
      >
        <DataTable
          bulkActionButtons={false}
          empty={<Typography variant="body2">{translate('cei.webhooks.noDeliveries')}</Typography>}
        >
          <DataTable.Col source="occurredAt" field={InstantField} />
          <DataTable.Col source="eventType" disableSort>
            <EnumField source="eventType" enumName="WebhookEventType" />
          </DataTable.Col>
          <DataTable.Col source="action" disableSort>
            <EnumField source="action" enumName="WebhookAction" />
          </DataTable.Col>
          <DataTable.Col source="status" disableSort>
            <EnumField source="status" enumName="WebhookDeliveryStatus" />
          </DataTable.Col>
          <DataTable.Col source="attempts" field={LocaleNumberField} disableSort />
          <DataTable.Col source="lastStatusCode" disableSort />
          <DataTable.Col source="lastDurationMs" field={LocaleNumberField} disableSort />
          <DataTable.Col source="lastError" disableSort />
          <DataTable.Col source="lastAttemptAt" field={InstantField} />
          <DataTable.Col label="cei.common.actions" disableSort>
            <Redeliver />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
    </Section>
  );
}

function Redeliver() {
  const delivery = useRecordContext<{ id: string; status: string }>();
  const dataProvider = useDataProvider<CeiDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const [pending, setPending] = useState(false);
  if (!delivery || delivery.status === 'PENDING') return null;

  async function redeliver() {
    if (!delivery) return;
    setPending(true);
    try {
      await dataProvider.execute(REDELIVER_WEBHOOK, { id: delivery.id });
      notify('cei.webhooks.redelivered', { type: 'info' });
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
    } finally {
      setPending(false);
    }
  }

  return (
    <Button size="small" startIcon={<ReplayIcon />} onClick={redeliver} disabled={pending}>
      {translate('cei.webhooks.redeliver')}
    </Button>
  );
}

function RenewSecret() {
  const endpoint = useRecordContext<{ id: string }>();
  const dataProvider = useDataProvider<CeiDataProvider>();
  const notify = useNotify();
  const translate = useTranslate();
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  if (!endpoint) return null;

  async function renew() {
    if (!endpoint) return;
    setPending(true);
    try {
      const { renewWebhookSecret } = await dataProvider.execute<{
        renewWebhookSecret: EndpointWithSecret;
      }>(RENEW_WEBHOOK_SECRET, { id: endpoint.id });
      setSecret(renewWebhookSecret.secret);
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
    } finally {
      setPending(false);
      setConfirming(false);
    }
  }

  return (
    <>
      <Button size="small" startIcon={<KeyIcon />} onClick={() => setConfirming(true)}>
        {translate('cei.webhooks.renew')}
      </Button>
      <Confirm
        isOpen={confirming}
        loading={pending}
        title="cei.webhooks.renewTitle"
        content="cei.webhooks.renewContent"
        confirm="cei.webhooks.renew"
        onConfirm={renew}
        onClose={() => setConfirming(false)}
      />
      {secret && (
        <ShownOnceDialog
          value={secret}
          texts={WEBHOOK_SECRET_TEXTS}
          onDone={() => setSecret(null)}
        />
      )}
    </>
  );
}

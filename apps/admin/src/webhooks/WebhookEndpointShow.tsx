import KeyIcon from '@mui/icons-material/Key';
import ReplayIcon from '@mui/icons-material/Replay';
import { Typography } from '@mui/material';
import { useState } from 'react';
import {
  DataTable,
  DeleteButton,
  EditButton,
  Labeled,
  ReferenceManyField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { ActionButton, useOperation } from '../common/actions';
import { EnumField } from '../common/enums';
import { ShownOnceDialog } from '../common/ShownOnceDialog';
import { InstantField, LocaleNumberField } from '../common/values';
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
  const operation = useOperation();
  if (!delivery || delivery.status === 'PENDING') return null;
  return (
    <ActionButton
      label="cei.webhooks.redeliver"
      icon={<ReplayIcon />}
      variant="text"
      onAction={() =>
        operation(REDELIVER_WEBHOOK, { id: delivery.id }, { success: 'cei.webhooks.redelivered' })
      }
    />
  );
}

function RenewSecret() {
  const endpoint = useRecordContext<{ id: string }>();
  const operation = useOperation();
  const [secret, setSecret] = useState<string | null>(null);
  if (!endpoint) return null;

  async function renew() {
    if (!endpoint) return;
    const { renewWebhookSecret } = await operation<{ renewWebhookSecret: EndpointWithSecret }>(
      RENEW_WEBHOOK_SECRET,
      { id: endpoint.id },
    );
    setSecret(renewWebhookSecret.secret);
  }

  return (
    <>
      <ActionButton
        label="cei.webhooks.renew"
        icon={<KeyIcon />}
        variant="text"
        confirm={{ title: 'cei.webhooks.renewTitle', content: 'cei.webhooks.renewContent' }}
        onAction={renew}
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

import { Role } from '@cei/domain';
import { Card, CardContent } from '@mui/material';
import { useState } from 'react';
import {
  AutocompleteInput,
  Form,
  ReferenceInput,
  required,
  SaveButton,
  Title,
  useDataProvider,
  usePermissions,
  useRedirect,
} from 'react-admin';
import { useFormFailure } from '../common/actions';
import { ShownOnceDialog } from '../common/ShownOnceDialog';
import type { CeiDataProvider } from '../data/dataProvider';
import { WebhookEndpointInputs } from './WebhookEndpointInputs';
import { CREATE_WEBHOOK_ENDPOINT, type EndpointWithSecret } from './webhook.graphql';
import { WEBHOOK_SECRET_TEXTS } from './webhookTexts';

interface EndpointRequest {
  ownerId?: string;
  url: string;
  description?: string | null;
  eventTypes: string[];
}

/**
 * Registers an endpoint: an API partner their own, a CEI admin one for the partner account they
 * pick. The answer holds the signing secret, shown once before the endpoint's screen opens.
 */
export function WebhookEndpointCreate() {
  const dataProvider = useDataProvider<CeiDataProvider>();
  const failure = useFormFailure();
  const redirect = useRedirect();
  const { permissions: role } = usePermissions<string>();
  const [created, setCreated] = useState<EndpointWithSecret | null>(null);

  async function register(values: Partial<EndpointRequest>) {
    try {
      const { createWebhookEndpoint } = await dataProvider.execute<{
        createWebhookEndpoint: EndpointWithSecret;
      }>(CREATE_WEBHOOK_ENDPOINT, {
        input: {
          ...(values.ownerId ? { ownerId: values.ownerId } : {}),
          url: values.url,
          description: values.description || null,
          eventTypes: values.eventTypes ?? [],
        },
      });
      setCreated(createWebhookEndpoint);
    } catch (error) {
      return failure(error);
    }
    return undefined;
  }

  return (
    <Card sx={{ mt: 2 }}>
      <Title title="cei.webhooks.registerTitle" />
      <CardContent>
        <Form onSubmit={register} defaultValues={{ eventTypes: [] }}>
          {role === Role.CEI_ADMIN && (
            <ReferenceInput
              source="ownerId"
              reference="accounts"
              filter={{ role: Role.API_PARTNER }}
            >
              <AutocompleteInput
                optionText="email"
                label="resources.webhookEndpoints.fields.owner"
                helperText="cei.webhooks.ownerHelp"
                validate={required()}
                sx={{ maxWidth: 640 }}
              />
            </ReferenceInput>
          )}
          <WebhookEndpointInputs />
          <SaveButton label="cei.webhooks.register" alwaysEnable />
        </Form>
      </CardContent>
      {created && (
        <ShownOnceDialog
          value={created.secret}
          texts={WEBHOOK_SECRET_TEXTS}
          onDone={() => redirect('show', 'webhookEndpoints', created.webhookEndpoint.id)}
        />
      )}
    </Card>
  );
}

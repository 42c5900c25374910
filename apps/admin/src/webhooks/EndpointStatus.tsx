import { labelOf, type WebhookEventType } from '@cei/domain';
import { Chip, Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useUiLanguage } from '../common/enums';

interface EndpointRecord {
  disabledAt: string | null;
  disabledAfterFailures: boolean;
  consecutiveFailures: number;
}

/** Enabled, disabled by a person, or disabled after failures in a row (and how many). */
export function EndpointStatus() {
  const endpoint = useRecordContext<EndpointRecord>();
  const translate = useTranslate();
  if (!endpoint) return null;
  if (!endpoint.disabledAt) {
    return <Chip size="small" color="success" label={translate('cei.webhooks.enabled')} />;
  }
  return (
    <Chip
      size="small"
      color={endpoint.disabledAfterFailures ? 'error' : 'default'}
      label={
        endpoint.disabledAfterFailures
          ? translate('cei.webhooks.disabledAfterFailures', {
              count: endpoint.consecutiveFailures,
            })
          : translate('cei.webhooks.disabled')
      }
    />
  );
}

/** The event types, by their labels. */
export function EventTypes() {
  const endpoint = useRecordContext<{ eventTypes: string[] }>();
  return <EventTypeChips values={endpoint?.eventTypes ?? []} />;
}

function EventTypeChips({ values }: { values: string[] }) {
  const language = useUiLanguage();
  return (
    <Stack direction="row" spacing={0.5} useFlexGap flexWrap="wrap">
      {values.map((value) => (
        <Chip
          key={value}
          size="small"
          variant="outlined"
          label={labelOf('WebhookEventType', value as WebhookEventType, language)}
        />
      ))}
    </Stack>
  );
}

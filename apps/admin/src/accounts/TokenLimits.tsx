import { INTL_LOCALE } from '@cei/domain';
import TuneIcon from '@mui/icons-material/Tune';
import { Button, Typography } from '@mui/material';
import { useState } from 'react';
import { minValue, NumberInput, useRecordContext, useTranslate } from 'react-admin';
import { OperationDialog, useOperation } from '../common/actions';
import { useUiLanguage } from '../common/enums';
import { useGraphQuery } from '../data/useGraphQuery';
import {
  RATE_LIMIT_SETTINGS,
  type RateLimitSettings,
  UPDATE_API_TOKEN_LIMITS,
} from './account.graphql';

interface TokenRecord {
  id: string;
  version: number;
  name: string;
  requestLimit: number | null;
  costLimit: number | null;
}

/**
 * A token's request and query-cost budgets per window: its own, or the configured defaults (shown
 * as such), and a dialog where a CEI admin sets them; an emptied field goes back to the default.
 */
export function TokenLimits() {
  const token = useRecordContext<TokenRecord>();
  const translate = useTranslate();
  const language = useUiLanguage();
  const [editing, setEditing] = useState(false);
  const { data } = useGraphQuery<RateLimitSettings>(RATE_LIMIT_SETTINGS, {});
  const settings = data?.rateLimitSettings;
  if (!token) return null;
  const number = (value: number) => new Intl.NumberFormat(INTL_LOCALE[language]).format(value);
  const shown = (own: number | null, fallback: number | undefined) =>
    own != null
      ? number(own)
      : fallback != null
        ? translate('cei.apiTokens.defaultLimit', { limit: number(fallback) })
        : '…';
  return (
    <>
      <Typography variant="body2" component="span" sx={{ display: 'block' }}>
        {translate('cei.apiTokens.requestsPer', {
          limit: shown(token.requestLimit, settings?.tokenRequestLimit),
          seconds: settings?.windowSeconds ?? '…',
        })}
      </Typography>
      <Typography variant="body2" component="span" sx={{ display: 'block' }}>
        {translate('cei.apiTokens.costPer', {
          limit: shown(token.costLimit, settings?.tokenCostLimit),
          seconds: settings?.windowSeconds ?? '…',
        })}
      </Typography>
      <Button size="small" startIcon={<TuneIcon />} onClick={() => setEditing(true)}>
        {translate('cei.apiTokens.editLimits')}
      </Button>
      {editing && (
        <LimitsDialog token={token} settings={settings} onClose={() => setEditing(false)} />
      )}
    </>
  );
}

function LimitsDialog({
  token,
  settings,
  onClose,
}: {
  token: TokenRecord;
  settings: RateLimitSettings['rateLimitSettings'] | undefined;
  onClose: () => void;
}) {
  const operation = useOperation();
  const translate = useTranslate();
  return (
    <OperationDialog
      open
      onClose={onClose}
      title="cei.apiTokens.limitsTitle"
      titleArgs={{ name: token.name }}
      submitLabel="ra.action.save"
      defaultValues={{ requestLimit: token.requestLimit, costLimit: token.costLimit }}
      onSubmit={(values) =>
        operation(
          UPDATE_API_TOKEN_LIMITS,
          {
            id: token.id,
            version: token.version,
            input: {
              requestLimit: values.requestLimit ?? null,
              costLimit: values.costLimit ?? null,
            },
          },
          { success: 'cei.apiTokens.limitsSaved', successArgs: { name: token.name } },
        )
      }
    >
      <Typography variant="body2" color="text.secondary" gutterBottom>
        {translate('cei.apiTokens.limitsExplain', { seconds: settings?.windowSeconds ?? 60 })}
      </Typography>
      {(
        [
          ['requestLimit', 'resources.apiTokens.fields.requestLimit', settings?.tokenRequestLimit],
          ['costLimit', 'resources.apiTokens.fields.costLimit', settings?.tokenCostLimit],
        ] as const
      ).map(([source, label, defaultLimit]) => (
        <NumberInput
          key={source}
          source={source}
          label={label}
          helperText={translate('cei.apiTokens.emptyForDefault', { limit: defaultLimit ?? '…' })}
          validate={minValue(1)}
          min={1}
          fullWidth
        />
      ))}
    </OperationDialog>
  );
}

import { INTL_LOCALE } from '@cei/domain';
import TuneIcon from '@mui/icons-material/Tune';
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
  Form,
  HttpError,
  minValue,
  NumberInput,
  SaveButton,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { useUiLanguage } from '../common/enums';
import type { CeiDataProvider } from '../data/dataProvider';
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
  const dataProvider = useDataProvider<CeiDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();

  async function save(values: Partial<Pick<TokenRecord, 'requestLimit' | 'costLimit'>>) {
    try {
      await dataProvider.execute(UPDATE_API_TOKEN_LIMITS, {
        id: token.id,
        version: token.version,
        input: { requestLimit: values.requestLimit ?? null, costLimit: values.costLimit ?? null },
      });
      notify('cei.apiTokens.limitsSaved', { type: 'info', messageArgs: { name: token.name } });
      onClose();
      refresh();
    } catch (error) {
      if (error instanceof HttpError && error.body?.errors) return error.body.errors;
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
    }
    return undefined;
  }

  return (
    <Dialog open onClose={onClose} aria-labelledby="token-limits-title">
      <Form
        onSubmit={save}
        defaultValues={{ requestLimit: token.requestLimit, costLimit: token.costLimit }}
      >
        <DialogTitle id="token-limits-title">
          {translate('cei.apiTokens.limitsTitle', { name: token.name })}
        </DialogTitle>
        <DialogContent>
          <Typography variant="body2" color="text.secondary" gutterBottom>
            {translate('cei.apiTokens.limitsExplain', { seconds: settings?.windowSeconds ?? 60 })}
          </Typography>
          <NumberInput
            source="requestLimit"
            label="resources.apiTokens.fields.requestLimit"
            helperText={translate('cei.apiTokens.emptyForDefault', {
              limit: settings?.tokenRequestLimit ?? '…',
            })}
            validate={minValue(1)}
            min={1}
            fullWidth
          />
          <NumberInput
            source="costLimit"
            label="resources.apiTokens.fields.costLimit"
            helperText={translate('cei.apiTokens.emptyForDefault', {
              limit: settings?.tokenCostLimit ?? '…',
            })}
            validate={minValue(1)}
            min={1}
            fullWidth
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
          <SaveButton alwaysEnable />
        </DialogActions>
      </Form>
    </Dialog>
  );
}

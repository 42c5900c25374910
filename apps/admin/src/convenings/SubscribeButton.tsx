import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import EventRepeatIcon from '@mui/icons-material/EventRepeat';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  TextField,
} from '@mui/material';
import { useId, useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { ActionButton, useOperation } from '../common/actions';
import { CREATE_CALENDAR_FEED, type IssuedCalendarFeed } from './convening.graphql';

/**
 * "Subscribe to the calendar": creates a calendar feed of a cohort's convenings (or a person's)
 * and shows its secret URL, once. Renewing the feed (on the calendar page) replaces the URL.
 */
export function SubscribeButton({ cohortId, personId }: { cohortId?: string; personId?: string }) {
  const run = useOperation();
  const [url, setUrl] = useState<string | null>(null);
  return (
    <>
      <ActionButton
        label="cei.calendar.subscribe"
        icon={<EventRepeatIcon />}
        onAction={async () => {
          const { issued } = await run<IssuedCalendarFeed>(CREATE_CALENDAR_FEED, {
            input: cohortId ? { cohortId } : { personId },
          });
          setUrl(issued.url);
        }}
      />
      {url && <FeedUrl url={url} onDone={() => setUrl(null)} />}
    </>
  );
}

/**
 * A feed's URL just issued. The server keeps only its hash: once this closes it cannot be shown
 * again (renew the feed for a new one), so it closes only when the user says so.
 */
export function FeedUrl({ url, onDone }: { url: string; onDone: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const titleId = useId();
  const [copied, setCopied] = useState(false);

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      notify('cei.calendar.copyRefused', { type: 'warning' });
    }
  }

  return (
    <Dialog open aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{translate('cei.calendar.issuedTitle')}</DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate('cei.calendar.issuedWarning')}
        </Alert>
        <TextField
          label={translate('cei.calendar.url')}
          value={url}
          fullWidth
          slotProps={{ htmlInput: { readOnly: true, spellCheck: false } }}
          onFocus={(event) => event.target.select()}
        />
      </DialogContent>
      <DialogActions>
        <Button startIcon={<ContentCopyIcon />} onClick={copy}>
          {translate(copied ? 'cei.calendar.copied' : 'cei.calendar.copy')}
        </Button>
        <Button variant="contained" onClick={onDone}>
          {translate('cei.common.done')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

import ContentCopyIcon from '@mui/icons-material/ContentCopy';
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

/** The message keys of one kind of secret: its dialog's title, warning and field label. */
export interface ShownOnceTexts {
  title: string;
  warning: string;
  label: string;
  /** The notice when the browser refuses the clipboard. */
  copyRefused: string;
}

/**
 * A secret just made (an API token, a webhook's signing secret, a calendar feed's address). The
 * server keeps only a hash or a seed of it: once this closes no one can see it again, so it
 * closes only when the user says they are done.
 */
export function ShownOnceDialog({
  value,
  texts,
  onDone,
}: {
  value: string;
  texts: ShownOnceTexts;
  onDone: () => void;
}) {
  const [copied, setCopied] = useState(false);
  const notify = useNotify();
  const translate = useTranslate();
  const titleId = useId();

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      notify(texts.copyRefused, { type: 'warning' });
    }
  }

  return (
    <Dialog open aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{translate(texts.title)}</DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate(texts.warning)}
        </Alert>
        <TextField
          label={translate(texts.label)}
          value={value}
          fullWidth
          slotProps={{ htmlInput: { readOnly: true, spellCheck: false } }}
          onFocus={(event) => event.target.select()}
        />
      </DialogContent>
      <DialogActions>
        <Button startIcon={<ContentCopyIcon />} onClick={copy}>
          {translate(copied ? 'cei.common.copied' : 'cei.common.copy')}
        </Button>
        <Button variant="contained" onClick={onDone}>
          {translate('cei.common.done')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

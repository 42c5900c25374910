import type { ShownOnceTexts } from '../common/ShownOnceDialog';

/** The signing secret's dialog: shown once, when an endpoint is registered or given a new one. */
export const WEBHOOK_SECRET_TEXTS: ShownOnceTexts = {
  title: 'cei.webhooks.secretTitle',
  warning: 'cei.webhooks.secretWarning',
  label: 'cei.webhooks.secret',
  copyRefused: 'cei.webhooks.copyRefused',
};

/** The webhook screens' texts (webhooks/): endpoints, their secret and their delivery log. */
export const webhooksEn = {
  registerTitle: 'Register a webhook endpoint',
  register: 'Register',
  ownerHelp: 'The API partner account whose scope decides what is sent',
  urlHelp:
    'Where each change is POSTed: https, to a public address (plain http and local addresses only on test installations)',
  urlFormat: 'Must be an http or https URL',
  eventTypesHelp:
    'Only changes of records the partner may read are sent, as their queries show them',
  enabledHelp:
    'Off: nothing is sent. On again: waiting deliveries go out and the failure count restarts.',
  secretTitle: 'Signing secret',
  secretWarning:
    'Copy this secret now and give it to the receiver: it checks the Webhook-Signature header with it. It will not be shown again.',
  secret: 'Secret',
  copyRefused: 'The browser did not allow copying: select the secret and copy it.',
  renew: 'New secret',
  renewTitle: 'Give this endpoint a new signing secret?',
  renewContent:
    'Deliveries are signed with the new secret at once; a receiver still checking the old one refuses them.',
  status: 'Status',
  enabled: 'Enabled',
  disabled: 'Disabled',
  disabledAfterFailures: 'Disabled after {count} failures in a row',
  deliveries: 'Delivery log',
  noDeliveries: 'Nothing sent yet.',
  redeliver: 'Redeliver',
  redelivered: 'It will be sent again within a minute.',
};

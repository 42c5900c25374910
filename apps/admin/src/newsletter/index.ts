import MarkEmailReadIcon from '@mui/icons-material/MarkEmailRead';
import OutboxIcon from '@mui/icons-material/Outbox';
import { adminResource } from '../common/adminResource';
import { lazyNamed } from '../common/lazyNamed';
import { outboxEmailDefinition } from './outbox.graphql';
import { subscriptionDefinition } from './subscription.graphql';

export const subscriptions = adminResource(
  subscriptionDefinition,
  {
    icon: MarkEmailReadIcon,
    recordRepresentation: 'email',
    list: lazyNamed(() => import('./SubscriptionList'), 'SubscriptionList'),
    show: lazyNamed(() => import('./SubscriptionShow'), 'SubscriptionShow'),
  },
  'Administration',
);

/** The outbox of emails: CEI admins see what the system sent (reminders, confirmations). */
export const outboxEmails = adminResource(
  outboxEmailDefinition,
  {
    icon: OutboxIcon,
    recordRepresentation: 'subject',
    list: lazyNamed(() => import('./OutboxEmailList'), 'OutboxEmailList'),
    show: lazyNamed(() => import('./OutboxEmailShow'), 'OutboxEmailShow'),
  },
  'Administration',
);

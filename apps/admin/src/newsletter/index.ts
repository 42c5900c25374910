import MarkEmailReadIcon from '@mui/icons-material/MarkEmailRead';
import { adminResource } from '../common/adminResource';
import { lazyNamed } from '../common/lazyNamed';
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

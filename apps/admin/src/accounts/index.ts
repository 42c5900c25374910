import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import { adminResource } from '../common/adminResource';
import { lazyNamed } from '../common/lazyNamed';
import { accountDefinition } from './account.graphql';

export const accounts = adminResource(
  accountDefinition,
  {
    icon: ManageAccountsIcon,
    recordRepresentation: 'displayName',
    list: lazyNamed(() => import('./AccountList'), 'AccountList'),
    show: lazyNamed(() => import('./AccountShow'), 'AccountShow'),
  },
  'Administration',
);

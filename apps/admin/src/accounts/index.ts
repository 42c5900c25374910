import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import { adminResource } from '../common/adminResource';
import { lazyNamed } from '../common/lazyNamed';
import { accountDefinition, apiTokenDefinition } from './account.graphql';

export const accounts = adminResource(
  accountDefinition,
  {
    icon: ManageAccountsIcon,
    recordRepresentation: 'email',
    list: lazyNamed(() => import('./AccountList'), 'AccountList'),
    show: lazyNamed(() => import('./AccountShow'), 'AccountShow'),
    edit: lazyNamed(() => import('./AccountEdit'), 'AccountEdit'),
    create: lazyNamed(() => import('./AccountCreate'), 'AccountCreate'),
  },
  'Administration',
);

/** Read, issued and revoked from an API partner's account screen only. */
export const apiTokens = adminResource(apiTokenDefinition, {});

import PaymentsIcon from '@mui/icons-material/Payments';
import ReceiptLongIcon from '@mui/icons-material/ReceiptLong';
import { adminResource } from '../common/adminResource';
import { lazyNamed } from '../common/lazyNamed';
import { reimbursementDefinition, stipendDefinition } from './funding.graphql';

export const stipends = adminResource(
  stipendDefinition,
  {
    icon: PaymentsIcon,
    list: lazyNamed(() => import('./StipendList'), 'StipendList'),
    show: lazyNamed(() => import('./StipendShow'), 'StipendShow'),
  },
  'Funding',
);

export const reimbursements = adminResource(
  reimbursementDefinition,
  {
    icon: ReceiptLongIcon,
    list: lazyNamed(() => import('./ReimbursementList'), 'ReimbursementList'),
    show: lazyNamed(() => import('./ReimbursementShow'), 'ReimbursementShow'),
    create: lazyNamed(() => import('./ReimbursementCreate'), 'ReimbursementCreate'),
  },
  'Funding',
);

import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import ApartmentIcon from '@mui/icons-material/Apartment';
import { adminResource } from '../common/adminResource';
import { lazyNamed } from '../common/lazyNamed';
import { leadAgencyDefinition, organizationDefinition } from './organization.graphql';

export const organizations = adminResource(
  organizationDefinition,
  {
    icon: ApartmentIcon,
    recordRepresentation: 'name',
    list: lazyNamed(() => import('./OrganizationList'), 'OrganizationList'),
    show: lazyNamed(() => import('./OrganizationShow'), 'OrganizationShow'),
    edit: lazyNamed(() => import('./OrganizationEdit'), 'OrganizationEdit'),
    create: lazyNamed(() => import('./OrganizationCreate'), 'OrganizationCreate'),
  },
  'Directory',
);

export const leadAgencies = adminResource(
  leadAgencyDefinition,
  {
    icon: AccountBalanceIcon,
    recordRepresentation: (record) => record.organization?.name ?? record.id,
    list: lazyNamed(() => import('./LeadAgencyList'), 'LeadAgencyList'),
    show: lazyNamed(() => import('./LeadAgencyShow'), 'LeadAgencyShow'),
  },
  'Directory',
);

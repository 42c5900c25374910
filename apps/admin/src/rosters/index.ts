import { labelOf, type TeamRole } from '@cei/domain';
import BadgeIcon from '@mui/icons-material/Badge';
import PersonIcon from '@mui/icons-material/Person';
import { adminResource } from '../common/adminResource';
import { lazyNamed } from '../common/lazyNamed';
import { personName } from '../common/people';
import { interfaceLanguage } from '../i18n/i18nProvider';
import { membershipDefinition, personDefinition } from './roster.graphql';

export const people = adminResource(
  personDefinition,
  {
    icon: PersonIcon,
    recordRepresentation: personName,
    list: lazyNamed(() => import('./PersonList'), 'PersonList'),
    show: lazyNamed(() => import('./PersonShow'), 'PersonShow'),
    edit: lazyNamed(() => import('./PersonEdit'), 'PersonEdit'),
    create: lazyNamed(() => import('./PersonCreate'), 'PersonCreate'),
  },
  'Rosters',
);

export const memberships = adminResource(
  membershipDefinition,
  {
    icon: BadgeIcon,
    recordRepresentation: (record) =>
      `${personName(record.person ?? {})}, ${labelOf('TeamRole', record.role as TeamRole, interfaceLanguage())}`,
    list: lazyNamed(() => import('./MembershipList'), 'MembershipList'),
    show: lazyNamed(() => import('./MembershipShow'), 'MembershipShow'),
    edit: lazyNamed(() => import('./MembershipEdit'), 'MembershipEdit'),
    create: lazyNamed(() => import('./MembershipCreate'), 'MembershipCreate'),
  },
  'Rosters',
);

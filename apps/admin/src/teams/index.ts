import GroupsIcon from '@mui/icons-material/Groups';
import { adminResource } from '../common/adminResource';
import { lazyNamed } from '../common/lazyNamed';
import { problemOfPracticeDefinition, teamDefinition } from './team.graphql';

export const teams = adminResource(
  teamDefinition,
  {
    icon: GroupsIcon,
    recordRepresentation: 'name',
    list: lazyNamed(() => import('./TeamList'), 'TeamList'),
    show: lazyNamed(() => import('./TeamShow'), 'TeamShow'),
    edit: lazyNamed(() => import('./TeamEdit'), 'TeamEdit'),
    create: lazyNamed(() => import('./TeamCreate'), 'TeamCreate'),
  },
  'Program',
);

/** Read from a team's show screen only. */
export const problemsOfPractice = adminResource(problemOfPracticeDefinition, {});

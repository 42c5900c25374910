import Diversity3Icon from '@mui/icons-material/Diversity3';
import { adminResource } from '../common/adminResource';
import { lazyNamed } from '../common/lazyNamed';
import {
  cohortDeadlineDefinition,
  cohortDefinition,
  facilitationDefinition,
} from './cohort.graphql';

export const cohorts = adminResource(
  cohortDefinition,
  {
    icon: Diversity3Icon,
    recordRepresentation: 'name',
    list: lazyNamed(() => import('./CohortList'), 'CohortList'),
    show: lazyNamed(() => import('./CohortShow'), 'CohortShow'),
    edit: lazyNamed(() => import('./CohortEdit'), 'CohortEdit'),
    create: lazyNamed(() => import('./CohortCreate'), 'CohortCreate'),
  },
  'Program',
);

/** Read from a cohort's show screen only. */
export const cohortDeadlines = adminResource(cohortDeadlineDefinition, {});
export const facilitations = adminResource(facilitationDefinition, {});

import AssignmentTurnedInIcon from '@mui/icons-material/AssignmentTurnedIn';
import ForumIcon from '@mui/icons-material/Forum';
import InsightsIcon from '@mui/icons-material/Insights';
import StraightenIcon from '@mui/icons-material/Straighten';
import { adminResource } from '../common/adminResource';
import { lazyNamed } from '../common/lazyNamed';
import {
  checkInDefinition,
  deliverableDefinition,
  followUpDefinition,
  measurementDefinition,
  metricDefinition,
} from './outcome.graphql';

export const metrics = adminResource(
  metricDefinition,
  {
    icon: StraightenIcon,
    recordRepresentation: 'name',
    list: lazyNamed(() => import('./MetricList'), 'MetricList'),
    show: lazyNamed(() => import('./MetricShow'), 'MetricShow'),
  },
  'Outcomes',
);

export const measurements = adminResource(
  measurementDefinition,
  {
    icon: InsightsIcon,
    list: lazyNamed(() => import('./MeasurementList'), 'MeasurementList'),
    show: lazyNamed(() => import('./MeasurementShow'), 'MeasurementShow'),
  },
  'Outcomes',
);

export const checkIns = adminResource(
  checkInDefinition,
  {
    icon: ForumIcon,
    list: lazyNamed(() => import('./CheckInList'), 'CheckInList'),
    show: lazyNamed(() => import('./CheckInShow'), 'CheckInShow'),
  },
  'Outcomes',
);

export const deliverables = adminResource(
  deliverableDefinition,
  {
    icon: AssignmentTurnedInIcon,
    recordRepresentation: 'title',
    list: lazyNamed(() => import('./DeliverableList'), 'DeliverableList'),
    show: lazyNamed(() => import('./DeliverableShow'), 'DeliverableShow'),
  },
  'Outcomes',
);

/** Read from a check-in's show screen only. */
export const followUps = adminResource(followUpDefinition, {});

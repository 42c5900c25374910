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
    create: lazyNamed(() => import('./MetricForms'), 'MetricCreate'),
    edit: lazyNamed(() => import('./MetricForms'), 'MetricEdit'),
  },
  'Outcomes',
);

export const measurements = adminResource(
  measurementDefinition,
  {
    icon: InsightsIcon,
    list: lazyNamed(() => import('./MeasurementList'), 'MeasurementList'),
    show: lazyNamed(() => import('./MeasurementShow'), 'MeasurementShow'),
    create: lazyNamed(() => import('./MeasurementCreate'), 'MeasurementCreate'),
    edit: lazyNamed(() => import('./MeasurementEdit'), 'MeasurementEdit'),
  },
  'Outcomes',
);

export const checkIns = adminResource(
  checkInDefinition,
  {
    icon: ForumIcon,
    list: lazyNamed(() => import('./CheckInList'), 'CheckInList'),
    show: lazyNamed(() => import('./CheckInShow'), 'CheckInShow'),
    create: lazyNamed(() => import('./CheckInForms'), 'CheckInCreate'),
    edit: lazyNamed(() => import('./CheckInForms'), 'CheckInEdit'),
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
    edit: lazyNamed(() => import('./DeliverableEdit'), 'DeliverableEdit'),
  },
  'Outcomes',
);

/** Read from a check-in's show screen only. */
export const followUps = adminResource(followUpDefinition, {});

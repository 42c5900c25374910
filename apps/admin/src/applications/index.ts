import MailIcon from '@mui/icons-material/Mail';
import RateReviewIcon from '@mui/icons-material/RateReview';
import { adminResource } from '../common/adminResource';
import { lazyNamed } from '../common/lazyNamed';
import {
  applicationDefinition,
  reviewDefinition,
  reviewScoreDefinition,
} from './application.graphql';
import { applicationName } from './applicationName';

export const applications = adminResource(
  applicationDefinition,
  {
    icon: MailIcon,
    recordRepresentation: applicationName,
    list: lazyNamed(() => import('./ApplicationList'), 'ApplicationList'),
    show: lazyNamed(() => import('./ApplicationShow'), 'ApplicationShow'),
  },
  'Applications',
);

export const reviews = adminResource(
  reviewDefinition,
  {
    icon: RateReviewIcon,
    list: lazyNamed(() => import('./ReviewList'), 'ReviewList'),
    show: lazyNamed(() => import('./ReviewShow'), 'ReviewShow'),
  },
  'Applications',
);

/** Read from a review's show screen only. */
export const reviewScores = adminResource(reviewScoreDefinition, {});

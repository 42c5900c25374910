import MailIcon from '@mui/icons-material/Mail';
import RateReviewIcon from '@mui/icons-material/RateReview';
import { createElement } from 'react';
import { Route } from 'react-router-dom';
import { adminResource } from '../common/adminResource';
import { lazyNamed } from '../common/lazyNamed';
import {
  applicationDefinition,
  reviewDefinition,
  reviewScoreDefinition,
  rubricCriterionDefinition,
} from './application.graphql';
import { applicationName } from './applicationName';

const ReviewPage = lazyNamed(() => import('./ReviewPage'), 'ReviewPage');

export const applications = adminResource(
  applicationDefinition,
  {
    icon: MailIcon,
    recordRepresentation: applicationName,
    list: lazyNamed(() => import('./ApplicationList'), 'ApplicationList'),
    show: lazyNamed(() => import('./ApplicationShow'), 'ApplicationShow'),
    create: lazyNamed(() => import('./ApplicationCreate'), 'ApplicationCreate'),
    edit: lazyNamed(() => import('./ApplicationEdit'), 'ApplicationEdit'),
    // The review screen: the letter beside the rubric.
    children: createElement(Route, { path: ':id/review', element: createElement(ReviewPage) }),
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

/** A cohort's rubric, kept on the cohort's page. */
export const rubricCriteria = adminResource(rubricCriterionDefinition, {});

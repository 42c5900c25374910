import EventIcon from '@mui/icons-material/Event';
import HowToRegIcon from '@mui/icons-material/HowToReg';
import { createElement } from 'react';
import { Route } from 'react-router-dom';
import { adminResource } from '../common/adminResource';
import { lazyNamed } from '../common/lazyNamed';
import { attendanceDefinition, conveningDefinition } from './convening.graphql';
import { conveningName } from './conveningName';

export const convenings = adminResource(
  conveningDefinition,
  {
    icon: EventIcon,
    recordRepresentation: conveningName,
    list: lazyNamed(() => import('./ConveningList'), 'ConveningList'),
    show: lazyNamed(() => import('./ConveningShow'), 'ConveningShow'),
    edit: lazyNamed(() => import('./ConveningEdit'), 'ConveningEdit'),
    create: lazyNamed(() => import('./ConveningCreate'), 'ConveningCreate'),
    // A whole convening's attendance, entered at once.
    children: createElement(Route, {
      path: ':id/attendance',
      element: createElement(lazyNamed(() => import('./AttendanceGrid'), 'AttendanceGridPage')),
    }),
  },
  'Program',
);

export const attendances = adminResource(
  attendanceDefinition,
  {
    icon: HowToRegIcon,
    list: lazyNamed(() => import('./AttendanceList'), 'AttendanceList'),
    show: lazyNamed(() => import('./AttendanceShow'), 'AttendanceShow'),
  },
  'Program',
);

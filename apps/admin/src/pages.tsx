import ApiIcon from '@mui/icons-material/Api';
import CalendarMonthIcon from '@mui/icons-material/CalendarMonth';
import PersonSearchIcon from '@mui/icons-material/PersonSearch';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import type { ComponentType } from 'react';
import type { MenuGroup } from './common/adminResource';
import { lazyNamed } from './common/lazyNamed';

/** A screen of the admin that is not one resource's list (a calendar, a cross-team view). */
export interface AdminPage {
  path: string;
  /** Message key of its menu entry. */
  label: string;
  icon: ComponentType;
  menu: MenuGroup;
  /** Whom the menu offers it to: those who may list this resource (auth/canAccess.ts). */
  resource: string;
  component: ComponentType;
}

/** The pages, each its own chunk, in menu order within their group. */
export const pages: readonly AdminPage[] = [
  {
    path: '/calendar',
    label: 'cei.calendar.title',
    icon: CalendarMonthIcon,
    menu: 'Program',
    resource: 'convenings',
    component: lazyNamed(() => import('./convenings/ConveningCalendar'), 'ConveningCalendar'),
  },
  {
    path: '/vacancies',
    label: 'cei.vacancies.title',
    icon: PersonSearchIcon,
    menu: 'Rosters',
    resource: 'vacancies',
    component: lazyNamed(() => import('./rosters/VacancyList'), 'VacancyList'),
  },
  {
    path: '/import',
    label: 'cei.imports.title',
    icon: UploadFileIcon,
    menu: 'Administration',
    resource: 'imports',
    component: lazyNamed(() => import('./imports/ImportPage'), 'ImportPage'),
  },
  {
    // GraphiQL and Monaco (a few MB) load only here.
    path: '/api-explorer',
    label: 'cei.explorer.title',
    icon: ApiIcon,
    menu: 'Administration',
    resource: 'apiExplorer',
    component: lazyNamed(() => import('./explorer/ApiExplorer'), 'ApiExplorer'),
  },
];

import type { ResourceProps } from 'react-admin';
import type { ResourceDefinition } from '../data/resource';

/** The parts of the menu, one per area of the program. */
export const MENU_GROUPS = [
  'Program',
  'Directory',
  'Rosters',
  'Applications',
  'Funding',
  'Outcomes',
  'Administration',
] as const;
export type MenuGroup = (typeof MENU_GROUPS)[number];

/** A resource of the admin: its data (for the provider) and its screens (for react-admin). */
export interface AdminResource {
  definition: ResourceDefinition;
  /** Where the menu lists it; absent for records reached only from others (a cohort's deadlines). */
  menu?: MenuGroup;
  props: ResourceProps;
}

export function adminResource(
  definition: ResourceDefinition,
  props: Omit<ResourceProps, 'name'>,
  menu?: MenuGroup,
): AdminResource {
  return { definition, menu, props: { name: definition.name, ...props } };
}

import { Divider, ListSubheader } from '@mui/material';
import { Fragment } from 'react';
import { Menu as RaMenu, useSidebarState } from 'react-admin';
import { useAccess } from '../auth/useAccess';
import { MENU_GROUPS } from '../common/adminResource';
import { resources } from '../resources';

/**
 * The resources grouped by area of the program, in the order of `resources.ts`: those the
 * signed-in role may list, and no heading over a group it has none of.
 */
export function Menu() {
  const [open] = useSidebarState();
  const { can, isPending } = useAccess();
  if (isPending) return <RaMenu />;
  return (
    <RaMenu>
      <RaMenu.DashboardItem />
      {MENU_GROUPS.map((group) => {
        const members = resources.filter(
          (resource) => resource.menu === group && can('list', resource.props.name),
        );
        if (members.length === 0) return null;
        return (
          <Fragment key={group}>
            {open ? (
              <ListSubheader disableSticky sx={{ lineHeight: '2.5em', bgcolor: 'transparent' }}>
                {group}
              </ListSubheader>
            ) : (
              <Divider />
            )}
            {members.map((resource) => (
              <RaMenu.ResourceItem key={resource.props.name} name={resource.props.name} />
            ))}
          </Fragment>
        );
      })}
    </RaMenu>
  );
}

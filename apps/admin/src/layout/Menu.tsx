import { Divider, ListSubheader } from '@mui/material';
import { Fragment } from 'react';
import { Menu as RaMenu, useSidebarState } from 'react-admin';
import { MENU_GROUPS } from '../common/adminResource';
import { resources } from '../resources';

/** The resources grouped by area of the program, in the order of `resources.ts`. */
export function Menu() {
  const [open] = useSidebarState();
  return (
    <RaMenu>
      {MENU_GROUPS.map((group) => {
        const members = resources.filter((resource) => resource.menu === group);
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

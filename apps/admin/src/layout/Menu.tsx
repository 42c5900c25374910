import { Divider, ListSubheader } from '@mui/material';
import { Menu as RaMenu, useSidebarState, useTranslate } from 'react-admin';
import { useAccess } from '../auth/useAccess';
import { MENU_GROUPS } from '../common/adminResource';
import { pages } from '../pages';
import { resources } from '../resources';

/**
 * The resources grouped by area of the program, in the order of `resources.ts`, then the pages of
 * the group (`pages.tsx`): those the signed-in role may list, and no heading over an empty group.
 */
export function Menu() {
  const [open] = useSidebarState();
  const { can, isPending } = useAccess();
  const translate = useTranslate();
  if (isPending) return <RaMenu />;
  return (
    <RaMenu>
      <RaMenu.DashboardItem />
      {MENU_GROUPS.flatMap((group) => {
        const members = resources.filter(
          (resource) => resource.menu === group && can('list', resource.props.name),
        );
        const groupPages = pages.filter(
          (page) => page.menu === group && can('list', page.resource),
        );
        if (members.length === 0 && groupPages.length === 0) return [];
        // The menu list's children are its entries, one by one (MUI's MenuList reads them for
        // keyboard focus): no fragment around a group.
        return [
          open ? (
            // A menu may hold only menu items, groups and separators: the group's heading is
            // a named separator (not the list item ListSubheader renders by default).
            <ListSubheader
              key={`group-${group}`}
              component="div"
              role="separator"
              aria-label={translate(`cei.menu.${group.toLowerCase()}`)}
              disableSticky
              sx={{ lineHeight: '2.5em', bgcolor: 'transparent' }}
            >
              {translate(`cei.menu.${group.toLowerCase()}`)}
            </ListSubheader>
          ) : (
            <Divider key={`group-${group}`} />
          ),
          ...members.map((resource) => (
            <RaMenu.ResourceItem key={resource.props.name} name={resource.props.name} />
          )),
          ...groupPages.map(({ path, label, icon: Icon }) => (
            <RaMenu.Item key={path} to={path} primaryText={translate(label)} leftIcon={<Icon />} />
          )),
        ];
      })}
    </RaMenu>
  );
}

import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { Divider, ListItemText, MenuItem } from '@mui/material';
import { Menu as RaMenu, useSidebarState, useStore, useTranslate } from 'react-admin';
import { useLocation } from 'react-router-dom';
import { useAccess } from '../auth/useAccess';
import { MENU_GROUPS, type MenuGroup } from '../common/adminResource';
import { pages } from '../pages';
import { resources } from '../resources';

/** Which groups the user opened or closed; a group they never touched follows `openByDefault`. */
type GroupState = Partial<Record<MenuGroup, boolean>>;

/** The group of the page at `pathname`, by the first segment of its path. */
function groupOf(pathname: string): MenuGroup | undefined {
  const first = `/${pathname.split('/')[1] ?? ''}`;
  return (
    resources.find((resource) => `/${resource.props.name}` === first)?.menu ??
    pages.find((page) => page.path === first)?.menu
  );
}

/**
 * The resources grouped by area of the program, in the order of `resources.ts`, then the pages of
 * the group (`pages.tsx`): those the signed-in role may list, and no heading over an empty group.
 * Each group's heading opens and closes it (`aria-expanded`), so the menu fits a 900 px window:
 * a group is open when the user opened it, or, until they choose, when it holds the page shown.
 * The choice is remembered (react-admin's store). With the sidebar folded to icons, every entry
 * shows, the groups apart by dividers.
 */
export function Menu() {
  const [open] = useSidebarState();
  const { can, isPending } = useAccess();
  const translate = useTranslate();
  const current = groupOf(useLocation().pathname);
  const [chosen, setChosen] = useStore<GroupState>('menuGroups', {});
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
        const expanded = !open || (chosen[group] ?? group === current);
        const name = translate(`cei.menu.${group.toLowerCase()}`);
        // The menu list's children are its entries, one by one (MUI's MenuList reads them for
        // keyboard focus): no fragment around a group.
        return [
          open ? (
            // A menu may hold only menu items, groups and separators: the heading is a menu item
            // that opens and closes its group.
            <MenuItem
              key={`group-${group}`}
              aria-expanded={expanded}
              onClick={() => setChosen({ ...chosen, [group]: !expanded })}
              sx={{ color: 'text.secondary', minHeight: 40 }}
              dense
            >
              <ListItemText primary={name} slotProps={{ primary: { variant: 'body2' } }} />
              {expanded ? <ExpandLessIcon fontSize="small" /> : <ExpandMoreIcon fontSize="small" />}
            </MenuItem>
          ) : (
            <Divider key={`group-${group}`} />
          ),
          ...(expanded
            ? [
                ...members.map((resource) => (
                  <RaMenu.ResourceItem key={resource.props.name} name={resource.props.name} />
                )),
                ...groupPages.map(({ path, label, icon: Icon }) => (
                  <RaMenu.Item
                    key={path}
                    to={path}
                    primaryText={translate(label)}
                    leftIcon={<Icon />}
                  />
                )),
              ]
            : []),
        ];
      })}
    </RaMenu>
  );
}

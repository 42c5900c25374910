import KeyIcon from '@mui/icons-material/Key';
import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import type { ReactNode } from 'react';
import {
  AppBar,
  Logout,
  Layout as RaLayout,
  TitlePortal,
  UserMenu,
  useUserMenu,
} from 'react-admin';
import { Link } from 'react-router-dom';
import { CHANGE_PASSWORD_PATH } from '../auth/ChangePasswordPage';
import { EditConflictDialog } from '../conflicts/EditConflictDialog';
import { GlobalSearch } from '../search/GlobalSearch';
import { Menu } from './Menu';

function ChangePasswordItem() {
  const userMenu = useUserMenu();
  return (
    <MenuItem component={Link} to={CHANGE_PASSWORD_PATH} onClick={userMenu?.onClose}>
      <ListItemIcon>
        <KeyIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>Change my password</ListItemText>
    </MenuItem>
  );
}

function CeiAppBar() {
  return (
    <AppBar
      userMenu={
        <UserMenu>
          <ChangePasswordItem />
          <Logout />
        </UserMenu>
      }
    >
      <TitlePortal />
      <GlobalSearch />
    </AppBar>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  return (
    <RaLayout menu={Menu} appBar={CeiAppBar}>
      {children}
      <EditConflictDialog />
    </RaLayout>
  );
}

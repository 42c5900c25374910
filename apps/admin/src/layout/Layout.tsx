import KeyIcon from '@mui/icons-material/Key';
import { ListItemIcon, ListItemText, MenuItem, type Theme, ThemeProvider } from '@mui/material';
import { type ReactNode, Suspense } from 'react';
import {
  AppBar,
  Logout,
  Layout as RaLayout,
  TitlePortal,
  UserMenu,
  useGetIdentity,
  useTranslate,
  useUserMenu,
} from 'react-admin';
import { Link } from 'react-router-dom';
import { CHANGE_PASSWORD_PATH } from '../auth/paths';
import { lazyNamed } from '../common/lazyNamed';
import { EditConflictDialog } from '../conflicts/EditConflictDialog';
import { Menu } from './Menu';

// The search box (MUI Autocomplete) loads beside the first page, not in it.
const GlobalSearch = lazyNamed(() => import('../search/GlobalSearch'), 'GlobalSearch');

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
  const { identity } = useGetIdentity();
  return (
    <AppBar
      userMenu={
        // The button shows the viewer's name: its accessible name must contain that text.
        <UserMenu label={identity?.fullName}>
          <ChangePasswordItem />
          <Logout />
        </UserMenu>
      }
    >
      <TitlePortal />
      <Suspense fallback={null}>
        <GlobalSearch />
      </Suspense>
    </AppBar>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const translate = useTranslate();
  const loading = translate('ra.page.loading');
  return (
    // react-admin's own spinners (the app bar's, references loading) carry no name; a progress
    // bar without one is announced as nothing. Named here once, in the interface's language.
    <ThemeProvider
      theme={(outer: Theme) => ({
        ...outer,
        components: {
          ...outer.components,
          MuiCircularProgress: { defaultProps: { 'aria-label': loading } },
          MuiLinearProgress: { defaultProps: { 'aria-label': loading } },
        },
      })}
    >
      <RaLayout menu={Menu} appBar={CeiAppBar}>
        {children}
        <EditConflictDialog />
      </RaLayout>
    </ThemeProvider>
  );
}

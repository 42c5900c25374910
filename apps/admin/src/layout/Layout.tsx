import type { UiLanguage } from '@cei/domain';
import KeyIcon from '@mui/icons-material/Key';
import { ListItemIcon, ListItemText, MenuItem, type Theme, ThemeProvider } from '@mui/material';
import { type ReactNode, Suspense } from 'react';
import {
  AppBar,
  LoadingIndicator,
  Logout,
  Layout as RaLayout,
  TitlePortal,
  ToggleThemeButton,
  UserMenu,
  useAuthProvider,
  useGetIdentity,
  useNotify,
  useTranslate,
  useUserMenu,
} from 'react-admin';
import { Link } from 'react-router-dom';
import type { CeiAuthProvider } from '../auth/authProvider';
import { CHANGE_PASSWORD_PATH } from '../auth/paths';
import { lazyNamed } from '../common/lazyNamed';
import { EditConflictDialog } from '../conflicts/EditConflictDialog';
import { LanguageMenu } from '../i18n/LanguageMenu';
import { useDocumentLanguage } from '../i18n/useDocumentLanguage';
import { Menu } from './Menu';

// The search box (MUI Autocomplete) loads beside the first page, not in it.
const GlobalSearch = lazyNamed(() => import('../search/GlobalSearch'), 'GlobalSearch');

/** The app's name, in the interface's language (react-admin shows it where a page has no title). */
export function AppTitle() {
  return <>{useTranslate()('cei.app.title')}</>;
}

function ChangePasswordItem() {
  const userMenu = useUserMenu();
  const translate = useTranslate();
  return (
    <MenuItem component={Link} to={CHANGE_PASSWORD_PATH} onClick={userMenu?.onClose}>
      <ListItemIcon>
        <KeyIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('cei.account.changePassword')}</ListItemText>
    </MenuItem>
  );
}

/** The language menu of a signed-in user: a choice is remembered on their account too. */
function AccountLanguageMenu() {
  const authProvider = useAuthProvider<CeiAuthProvider>();
  const notify = useNotify();
  function remember(language: UiLanguage) {
    authProvider?.changeLanguage?.(language).catch((error: unknown) => {
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
    });
  }
  return <LanguageMenu onChange={remember} />;
}

function CeiAppBar() {
  const { identity } = useGetIdentity();
  return (
    <AppBar
      toolbar={
        <>
          <AccountLanguageMenu />
          <ToggleThemeButton />
          <LoadingIndicator />
        </>
      }
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
  useDocumentLanguage();
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

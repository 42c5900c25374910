import type { UiLanguage } from '@cei/domain';
import KeyIcon from '@mui/icons-material/Key';
import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import type { ReactNode } from 'react';
import {
  AppBar,
  LoadingIndicator,
  Logout,
  Layout as RaLayout,
  ToggleThemeButton,
  UserMenu,
  useAuthProvider,
  useNotify,
  useTranslate,
  useUserMenu,
} from 'react-admin';
import { Link } from 'react-router-dom';
import type { CeiAuthProvider } from '../auth/authProvider';
import { CHANGE_PASSWORD_PATH } from '../auth/ChangePasswordPage';
import { LanguageMenu } from '../i18n/LanguageMenu';
import { useDocumentLanguage } from '../i18n/useDocumentLanguage';
import { Menu } from './Menu';

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
        <UserMenu>
          <ChangePasswordItem />
          <Logout />
        </UserMenu>
      }
    />
  );
}

export function Layout({ children }: { children: ReactNode }) {
  useDocumentLanguage();
  return (
    <RaLayout menu={Menu} appBar={CeiAppBar}>
      {children}
    </RaLayout>
  );
}

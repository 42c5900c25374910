import type { UiLanguage } from '@cei/domain';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import TranslateIcon from '@mui/icons-material/Translate';
import { Button, Menu, MenuItem } from '@mui/material';
import { useId, useState } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { LOCALES } from './i18nProvider';

/**
 * The language menu of the app bar and the sign-in page: a labelled button ("Language: English")
 * opening a keyboard-navigable menu of the languages, each named in itself. Choosing one switches
 * the interface at once and remembers it in this browser (react-admin's store); `onChange` lets
 * the app bar remember it on the account too.
 */
export function LanguageMenu({ onChange }: { onChange?: (language: UiLanguage) => void }) {
  const translate = useTranslate();
  const [locale, setLocale] = useLocaleState();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const buttonId = useId();
  const menuId = useId();
  const current = LOCALES.find((option) => option.locale === locale) ?? LOCALES[0];

  function choose(language: UiLanguage) {
    setAnchor(null);
    if (language === locale) return;
    setLocale(language);
    onChange?.(language);
  }

  return (
    <>
      <Button
        id={buttonId}
        color="inherit"
        aria-label={translate('cei.language.current', { language: current?.name })}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        startIcon={<TranslateIcon />}
        endIcon={<ExpandMoreIcon fontSize="small" />}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        <span lang={current?.locale}>{current?.name}</span>
      </Button>
      <Menu
        id={menuId}
        anchorEl={anchor}
        open={anchor !== null}
        onClose={() => setAnchor(null)}
        slotProps={{ list: { 'aria-labelledby': buttonId } }}
      >
        {LOCALES.map((option) => (
          <MenuItem
            key={option.locale}
            lang={option.locale}
            selected={option.locale === locale}
            onClick={() => choose(option.locale)}
          >
            {option.name}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}

import type { UiLanguage } from '@cei/domain';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import TranslateIcon from '@mui/icons-material/Translate';
import { Button, Menu, MenuItem } from '@mui/material';
import { useId, useState } from 'react';
import { LOCALES } from './languages';

/**
 * A labelled button ("Language: English") opening a keyboard-navigable menu of the languages,
 * each named in itself. Without react-admin, so the sign-in page can show it before the app
 * loads; `LanguageMenu` is the app bar's.
 */
export function LanguageChoice({
  language,
  label,
  onChange,
}: {
  language: UiLanguage;
  /** The button's accessible name, given the current language's name. */
  label: (languageName: string) => string;
  onChange: (language: UiLanguage) => void;
}) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const buttonId = useId();
  const menuId = useId();
  const current = LOCALES.find((option) => option.locale === language) ?? LOCALES[0];

  function choose(chosen: UiLanguage) {
    setAnchor(null);
    if (chosen !== language) onChange(chosen);
  }

  return (
    <>
      <Button
        id={buttonId}
        color="inherit"
        aria-label={label(current?.name ?? '')}
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
            selected={option.locale === language}
            onClick={() => choose(option.locale)}
          >
            {option.name}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}

import type { Theme } from '@mui/material';
import { defaultDarkTheme, defaultLightTheme, type RaThemeOptions } from 'react-admin';
import { FormToolbar } from '../common/FormToolbar';
import { KeyboardRow } from '../common/KeyboardRow';
import { RecordLoadError } from '../common/RecordLoadError';
import { accessiblePalette } from './palette';

/**
 * react-admin's themes, with behaviours every screen shares, set here once rather than on each:
 * a record that cannot be read (absent, or out of the viewer's scope) shows the not-found page
 * in place, instead of a notification and a jump to the list; a list's rows open from the
 * keyboard (`KeyboardRow`), with a visible focus, 25 to a page; a form checks its fields itself,
 * in the page's language and all at once (no browser bubbles: `noValidate`), and its Save is
 * always enabled, listing what is missing when pressed (`FormToolbar`).
 */
function withScreenDefaults(theme: RaThemeOptions): RaThemeOptions {
  return {
    ...theme,
    components: {
      ...theme.components,
      RaShow: { defaultProps: { error: <RecordLoadError /> } },
      RaList: { defaultProps: { perPage: 25 } },
      RaSimpleForm: { defaultProps: { noValidate: true, toolbar: <FormToolbar /> } },
      RaSaveButton: { defaultProps: { alwaysEnable: true } },
      RaEdit: { defaultProps: { error: <RecordLoadError /> } },
      RaDataTableBody: { defaultProps: { row: KeyboardRow } },
      RaDataTable: {
        styleOverrides: {
          root: ({ theme: current }: { theme: Theme }) => ({
            '& .RaDataTable-row:focus-visible': {
              outline: `2px solid ${current.palette.primary.main}`,
              outlineOffset: '-2px',
            },
          }),
        },
      },
    },
  };
}

/** react-admin's light theme with colours that reach WCAG AA contrast (./palette.ts). */
const accessibleLightTheme: RaThemeOptions = {
  ...defaultLightTheme,
  palette: { ...defaultLightTheme.palette, ...accessiblePalette },
  components: {
    ...defaultLightTheme.components,
    // A disabled field's explanation (why it cannot be changed) must stay readable: MUI greys it
    // to 2.7:1.
    MuiFormHelperText: {
      styleOverrides: { root: { '&.Mui-disabled': { color: 'rgba(0, 0, 0, 0.6)' } } },
    },
  },
};

export const lightTheme = withScreenDefaults(accessibleLightTheme);
export const darkTheme = withScreenDefaults(defaultDarkTheme);

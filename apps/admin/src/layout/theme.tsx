import { defaultDarkTheme, defaultLightTheme, type RaThemeOptions } from 'react-admin';
import { RecordLoadError } from '../common/RecordLoadError';
import { accessiblePalette } from './palette';

/**
 * react-admin's themes, with one behaviour for every show and edit screen: a record that cannot
 * be read (absent, or out of the viewer's scope) shows the not-found page in place, instead of a
 * notification and a jump to the list. Set here once rather than on each screen.
 */
function withRecordLoadErrors(theme: RaThemeOptions): RaThemeOptions {
  return {
    ...theme,
    components: {
      ...theme.components,
      RaShow: { defaultProps: { error: <RecordLoadError /> } },
      RaEdit: { defaultProps: { error: <RecordLoadError /> } },
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

export const lightTheme = withRecordLoadErrors(accessibleLightTheme);
export const darkTheme = withRecordLoadErrors(defaultDarkTheme);

import { defaultDarkTheme, defaultLightTheme, type RaThemeOptions } from 'react-admin';
import { RecordLoadError } from '../common/RecordLoadError';

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

/**
 * react-admin's light palette reaches a contrast of 3.1:1 for white on its app bar (#2196f3) and
 * 4.0:1 for a focused field's label (#1976d2 on the filled field's grey); WCAG AA asks 4.5:1.
 * Blue 800 gives 5.7:1 on white and 5.0:1 on that grey, and keeps the look. The test
 * e2e/accessibility.test.ts runs axe-core over every screen.
 */
const ACCESSIBLE_BLUE = '#1565c0';
const accessibleLightTheme: RaThemeOptions = {
  ...defaultLightTheme,
  palette: {
    ...defaultLightTheme.palette,
    primary: { main: ACCESSIBLE_BLUE },
    secondary: { main: ACCESSIBLE_BLUE },
    // MUI's warning orange (3.0:1) and info blue (4.1:1) are too light for text and outlined
    // buttons; these darker shades reach 5:1 and more.
    warning: { main: '#b45309' },
    info: { main: '#01579b' },
  },
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

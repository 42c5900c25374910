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

export const lightTheme = withRecordLoadErrors(defaultLightTheme);
export const darkTheme = withRecordLoadErrors(defaultDarkTheme);

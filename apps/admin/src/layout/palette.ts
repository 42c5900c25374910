/**
 * The colours react-admin's light theme gets wrong for WCAG AA (4.5:1), shared by the app's theme
 * and the sign-in page, which loads before react-admin. The test e2e/accessibility.test.ts runs
 * axe-core over every screen.
 */
const ACCESSIBLE_BLUE = '#1565c0';

export const accessiblePalette = {
  // react-admin's blue reaches 3.1:1 for white on its app bar (#2196f3) and 4.0:1 for a focused
  // field's label (#1976d2 on the filled field's grey). Blue 800 gives 5.7:1 on white and 5.0:1
  // on that grey, and keeps the look.
  primary: { main: ACCESSIBLE_BLUE },
  secondary: { main: ACCESSIBLE_BLUE },
  // MUI's warning orange (3.0:1) and info blue (4.1:1) are too light for text and outlined
  // buttons; these darker shades reach 5:1 and more.
  warning: { main: '#b45309' },
  info: { main: '#01579b' },
  // MUI's red (#d32f2f) is 3.8:1 for an edit toolbar's Delete on its grey; red 900 reaches 5:1
  // there and 6.6:1 on white.
  error: { main: '#b71c1c' },
};

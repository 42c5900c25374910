/** The API explorer page (GraphiQL's own controls stay in English, as GraphiQL has them). */
export const explorerEn = {
  title: 'API explorer',
  intro:
    'Write and run GraphQL queries against the CEI API. The documentation (the book icon) lists every type and field with its description. Queries answer with what the identity below may see.',
  runAs: 'Run queries as',
  session: 'Me ({name})',
  token: 'An API token',
  tokenLabel: 'API token',
  tokenHelp:
    'Paste a token (cei_…). It is kept only on this page, never saved: leaving or reloading forgets it.',
  useToken: 'Use this token',
  forgetToken: 'Forget the token',
  usingToken: 'Queries now run as the token, without your session.',
  queryComment:
    'Ctrl+Enter runs the query; Ctrl+Space suggests fields. Open the documentation to browse the schema.',
};

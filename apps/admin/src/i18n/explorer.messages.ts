/** The API explorer page (GraphiQL's own controls stay in English, as GraphiQL has them). */
export const explorerMessages = {
  en: {
    title: 'API explorer',
    intro:
      'Write and run GraphQL queries against the CEI API. The documentation (the book icon) lists every type and field with its description. Queries answer with what the identity below may see.',
    runAs: 'Run queries as',
    session: 'Me (%{name})',
    token: 'An API token',
    tokenLabel: 'API token',
    tokenHelp:
      'Paste a token (cei_…). It is kept only on this page, never saved: leaving or reloading forgets it.',
    useToken: 'Use this token',
    forgetToken: 'Forget the token',
    usingToken: 'Queries now run as the token, without your session.',
    queryComment:
      'Ctrl+Enter runs the query; Ctrl+Space suggests fields. Open the documentation to browse the schema.',
  },
  es: {
    title: 'Explorador de la API',
    intro:
      'Escriba y ejecute consultas GraphQL en la API de CEI. La documentación (el icono del libro) enumera cada tipo y campo con su descripción. Las consultas responden con lo que puede ver la identidad indicada abajo.',
    runAs: 'Ejecutar las consultas como',
    session: 'Yo (%{name})',
    token: 'Un token de API',
    tokenLabel: 'Token de API',
    tokenHelp:
      'Pegue un token (cei_…). Solo se conserva en esta página y nunca se guarda: al salir o recargar se olvida.',
    useToken: 'Usar este token',
    forgetToken: 'Olvidar el token',
    usingToken: 'Las consultas se ejecutan ahora con el token, sin su sesión.',
    queryComment:
      'Ctrl+Enter ejecuta la consulta; Ctrl+Espacio sugiere campos. Abra la documentación para recorrer el esquema.',
  },
};

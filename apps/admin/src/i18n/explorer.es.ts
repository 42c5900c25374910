import type { explorerEn } from './explorer.en';
import type { MessagesLike } from './messages';

/** `explorer.en.ts` in Spanish. */
export const explorerEs: MessagesLike<typeof explorerEn> = {
  title: 'Explorador de la API',
  intro:
    'Escriba y ejecute consultas GraphQL en la API de CEI. La documentación (el icono del libro) enumera cada tipo y campo con su descripción. Las consultas responden con lo que puede ver la identidad indicada abajo.',
  runAs: 'Ejecutar las consultas como',
  session: 'Yo ({name})',
  token: 'Un token de API',
  tokenLabel: 'Token de API',
  tokenHelp:
    'Pegue un token (cei_…). Solo se conserva en esta página y nunca se guarda: al salir o recargar se olvida.',
  useToken: 'Usar este token',
  forgetToken: 'Olvidar el token',
  usingToken: 'Las consultas se ejecutan ahora con el token, sin su sesión.',
  queryComment:
    'Ctrl+Enter ejecuta la consulta; Ctrl+Espacio sugiere campos. Abra la documentación para recorrer el esquema.',
};

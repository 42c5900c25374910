import type { MessagesLike } from './messages';
import type { signInEn } from './signIn.en';

/** `signIn.en.ts` in Spanish. */
export const signInEs: MessagesLike<typeof signInEn> = {
  app: { title: 'Administración de CEI', program: 'Iniciativa de Participación Comunitaria' },
  language: { current: 'Idioma: {language}' },
  signIn: {
    email: 'Correo electrónico',
    password: 'Contraseña',
    submit: 'Iniciar sesión',
    failed: 'No se pudo iniciar sesión; inténtelo de nuevo.',
    demoTitle: 'Cuentas de demostración de esta instalación de prueba',
    demoHint:
      'La contraseña de todas las cuentas de demostración es {password}. Elija una para llenar el formulario.',
    demoChoice: '{role}: {email}',
  },
  errors: {
    unreachable: 'No se pudo conectar con el servidor. Revise la conexión e inténtelo de nuevo.',
  },
};

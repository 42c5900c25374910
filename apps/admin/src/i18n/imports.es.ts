import type { importsEn } from './imports.en';
import type { MessagesLike } from './messages';

/** `imports.en.ts` in Spanish. */
export const importsEs: MessagesLike<typeof importsEn> = {
  title: 'Importar',
  heading: 'Importar desde un archivo CSV',
  explain:
    'Agregue muchos registros a la vez desde una hoja de cálculo guardada como CSV. Primero se revisa el archivo: no se guarda nada hasta que usted decida importarlo.',
  kind: 'Contenido del archivo',
  kinds: {
    LEAS_AND_SCHOOLS: 'Agencias educativas locales (LEA) y escuelas',
    PEOPLE_AND_MEMBERSHIPS: 'Personas y su participación en equipos',
    MEASUREMENTS: 'Mediciones',
  },
  columns: 'Columnas',
  required: 'obligatoria',
  template: 'Descargar la plantilla',
  file: 'Archivo CSV',
  fileHelp:
    'Una fila de encabezado con los nombres de las columnas y luego una fila por registro. Como máximo {size} MB y {rows} filas.',
  tooLarge: 'El archivo pesa más de {size} MB: divídalo en archivos más pequeños.',
  checking: 'Revisando el archivo…',
  summary: '{fileName}: {total} filas, {valid} válidas, {invalid} con problemas.',
  noProblems: 'Todas las filas son válidas.',
  problems: 'Problemas encontrados',
  row: 'Fila',
  column: 'Columna',
  problem: 'Problema',
  wholeRow: '(toda la fila)',
  importAll: 'Importar las {count} filas',
  importAllDisabled:
    'Corrija los problemas del archivo para importar todas las filas, o importe solo las filas válidas.',
  importValid: 'Importar solo las {count} filas válidas',
  importing: 'Importando…',
  progress: 'Avance de la importación',
  progressText: '{done} de {total} filas guardadas',
  done: 'Se importaron {imported} filas; se omitieron {skipped}.',
  failed: 'La importación falló y no se guardó nada: {failure}',
  created: {
    Organization: '{count} organizaciones',
    Person: '{count} personas',
    Membership: '{count} participaciones en equipos',
    Measurement: '{count} mediciones',
  },
  view: 'Ver',
  another: 'Importar otro archivo',
  chooseAgain: 'Elegir otro archivo',
};

import { defineMessages } from '../i18n/messages.js';

/**
 * What CSV imports say: their refusals, and the problems of a file's rows. Row problems read
 * after their column ("email: must be an email address") and are kept with the import as keys
 * and parameters, rendered in the language of whoever reads them (data-import.entity.ts).
 */
export const importMessages = defineMessages('imports', {
  // The kinds of import, as refusals name them.
  leasAndSchools: { en: 'LEAs and schools', es: 'LEA y escuelas' },
  peopleAndMemberships: {
    en: 'people and memberships',
    es: 'personas y participaciones en equipos',
  },
  measurements: { en: 'measurements', es: 'mediciones' },
  kindForbidden: { en: 'You may not import {kind}.', es: 'No tiene permiso para importar {kind}.' },

  // The import as a whole.
  fileTooLarge: {
    en: 'must be at most {max} MB: split the file',
    es: 'debe pesar como máximo {max} MB: divida el archivo',
  },
  notPreviewed: {
    en: 'The import is {status}; only a previewed import can be imported.',
    es: 'La importación está en estado «{status}»; solo se puede importar un archivo revisado que aún no se haya importado.',
  },
  statusImporting: { en: 'importing', es: 'en curso' },
  statusCompleted: { en: 'completed', es: 'completada' },
  statusFailed: { en: 'failed', es: 'fallida' },
  statusPreviewed: { en: 'previewed', es: 'revisada' },
  statusExpired: { en: 'expired', es: 'vencida' },
  expired: {
    en: 'The file was deleted {hours} hours after it was last checked, as it may hold protected data; upload it again.',
    es: 'El archivo se eliminó {hours} horas después de su última revisión, porque puede contener datos protegidos; vuelva a subirlo.',
  },
  noValidRow: {
    en: 'the file has no valid row to import',
    es: 'el archivo no tiene ninguna fila válida para importar',
  },
  stoppedUnexpectedly: {
    en: 'The import stopped on an unexpected error; nothing was written.',
    es: 'La importación se detuvo por un error inesperado; no se guardó nada.',
  },

  // The file and its header (csv.ts).
  unreadable: {
    en: 'the file cannot be read from here on: {reason}',
    es: 'el archivo no se puede leer a partir de aquí: {reason}',
  },
  quoteNotClosed: {
    en: 'a cell opens a quote that is never closed',
    es: 'una celda abre comillas que nunca se cierran',
  },
  textAfterQuote: {
    en: 'a quoted cell goes on after its closing quote (write a quote inside a cell as two quotes)',
    es: 'una celda entre comillas continúa después de cerrarlas (escriba las comillas dentro de una celda como dos comillas)',
  },
  quoteInsideCell: {
    en: 'a cell has a quote in the middle (put the whole cell in quotes and write the quote as two quotes)',
    es: 'una celda tiene comillas en medio del texto (ponga toda la celda entre comillas y escriba las comillas como dos comillas)',
  },
  malformed: {
    en: 'it is not well-formed CSV ({code})',
    es: 'no es un CSV bien formado ({code})',
  },
  emptyFile: {
    en: 'the file is empty: the first line must name the columns',
    es: 'el archivo está vacío: la primera línea debe nombrar las columnas',
  },
  unnamedColumn: {
    en: 'column {position} has no name',
    es: 'la columna {position} no tiene nombre',
  },
  unknownColumn: {
    en: 'is not a column of this import; the columns are {columns}',
    es: 'no es una columna de esta importación; las columnas son {columns}',
  },
  repeatedColumn: { en: 'appears twice', es: 'aparece dos veces' },
  missingColumn: {
    en: 'is a required column: add it to the header',
    es: 'es una columna obligatoria: agréguela al encabezado',
  },
  tooManyCells: {
    en: 'has {cells} cells; the header has {columns} columns',
    es: 'tiene {cells} celdas; el encabezado tiene {columns} columnas',
  },
  tooManyRows: {
    en: 'the file has more than {max} rows; at most {max} can be imported at once',
    es: 'el archivo tiene más de {max} filas; se pueden importar como máximo {max} a la vez',
  },

  // Cells (problems.ts).
  date: {
    en: 'must be a date written YYYY-MM-DD (or M/D/YYYY)',
    es: 'debe ser una fecha escrita AAAA-MM-DD (o M/D/AAAA)',
  },
  yesNo: { en: 'must be yes or no', es: 'debe ser sí o no' },
  number: { en: 'must be a number, e.g. 42.5', es: 'debe ser un número, por ejemplo 42.5' },
  inRow: { en: '{problem} (row {row})', es: '{problem} (fila {row})' },

  // Records a cell names (problems.ts Lookup).
  noTeam: {
    en: 'no team is called or has the id "{cell}"',
    es: 'ningún equipo se llama "{cell}" ni tiene ese id',
  },
  teamsShareName: {
    en: '{count} teams are called "{cell}": use its id',
    es: 'hay {count} equipos que se llaman "{cell}": use su id',
  },
  noOrganization: {
    en: 'no organization is called or has the id "{cell}"',
    es: 'ninguna organización se llama "{cell}" ni tiene ese id',
  },
  organizationsShareName: {
    en: '{count} organizations are called "{cell}": use its CDS code',
    es: 'hay {count} organizaciones que se llaman "{cell}": use su código CDS',
  },
  noLea: {
    en: 'no LEA is called or has the id "{cell}"',
    es: 'ninguna LEA se llama "{cell}" ni tiene ese id',
  },
  leasShareName: {
    en: '{count} LEAs are called "{cell}": use its CDS code',
    es: 'hay {count} LEA que se llaman "{cell}": use su código CDS',
  },
  noMetric: {
    en: 'no metric is called or has the id "{cell}"',
    es: 'ningún indicador se llama "{cell}" ni tiene ese id',
  },
  metricsShareName: {
    en: '{count} metrics are called "{cell}": use its key',
    es: 'hay {count} indicadores que se llaman "{cell}": use su clave',
  },

  // Write scope (refusals by row).
  mayNotWrite: {
    en: 'you may not write this record',
    es: 'no tiene permiso para guardar este registro',
  },
  mayNotAddOrganizations: {
    en: 'you may not add organizations',
    es: 'no tiene permiso para agregar organizaciones',
  },
  mayNotAddPerson: {
    en: 'you may not add this person',
    es: 'no tiene permiso para agregar a esta persona',
  },
  mayNotAddMembers: {
    en: 'you may not add members to this team',
    es: 'no tiene permiso para agregar miembros a este equipo',
  },
  mayNotRecordMeasurements: {
    en: 'you may not record measurements for this team',
    es: 'no tiene permiso para registrar mediciones de este equipo',
  },

  // LEAs and schools.
  noCountyOffice: {
    en: 'no county office has the county code "{code}"',
    es: 'ninguna oficina de educación del condado tiene el código de condado "{code}"',
  },
  countyMismatch: {
    en: "does not match the CDS code's county ({county})",
    es: 'no coincide con el condado del código CDS ({county})',
  },
  cdsTaken: {
    en: 'is already the CDS code of {name}',
    es: 'ya es el código CDS de {name}',
  },
  cdsRepeated: {
    en: 'is also the CDS code in row {row}',
    es: 'también es el código CDS de la fila {row}',
  },
  leaNameTaken: {
    en: 'an LEA of this county office already has this name',
    es: 'ya hay una LEA con este nombre en esta oficina de educación del condado',
  },
  schoolNameTaken: {
    en: 'a school of this LEA already has this name',
    es: 'ya hay una escuela con este nombre en esta LEA',
  },
  nameRepeated: {
    en: 'is also the name in row {row}',
    es: 'también es el nombre de la fila {row}',
  },
  leaRowInvalid: {
    en: 'is the LEA of row {row}, which has problems',
    es: 'es la LEA de la fila {row}, que tiene problemas',
  },

  // People and memberships.
  differsFromRecorded: {
    en: 'differs from the person already recorded with this email: an import adds memberships to people already recorded, it does not change them',
    es: 'no coincide con la persona ya registrada con este correo electrónico: una importación agrega participaciones en equipos a las personas ya registradas, pero no las modifica',
  },
  differsFromRow: {
    en: 'differs from row {row}, which has the same email',
    es: 'no coincide con la fila {row}, que tiene el mismo correo electrónico',
  },
  requiredWithTeam: { en: 'is required with a team', es: 'es obligatorio si se indica un equipo' },
  requiredWithRole: { en: 'is required with a role', es: 'es obligatorio si se indica un rol' },
  requiredWithStart: {
    en: 'is required with a start date',
    es: 'es obligatorio si se indica una fecha de inicio',
  },
  requiredForKnownPerson: {
    en: 'is required: the person with this email is already recorded, so the row would add nothing',
    es: 'es obligatorio: la persona con este correo electrónico ya está registrada, así que la fila no agregaría nada',
  },
  looksLikeRow: {
    en: 'looks like row {row} (same name and seat, no email): give emails to tell them apart',
    es: 'parece la misma persona que la fila {row} (mismo nombre y rol, sin correo electrónico): indique correos electrónicos para distinguirlas',
  },

  // Measurements.
  baselineRepeated: {
    en: "row {row} is already this team's baseline for the metric",
    es: 'la fila {row} ya es la línea de base de este equipo para el indicador',
  },
});

import { defineMessages } from '../i18n/messages.js';

/** The scope layer's refusals (scoped-data.ts, field-privacy.ts, where.ts). */
export const scopeMessages = defineMessages('scope', {
  changedMeanwhile: {
    en: '{entity} {id} was changed by someone else (version {current}, you sent {sent}). Reload it and apply your change again.',
    es: 'Otra persona modificó el registro {id} ({entity}) mientras tanto: usted envió la versión {sent} y la actual es la {current}. Vuelva a cargarlo y aplique su cambio de nuevo.',
  },
  noRecordWithId: {
    en: 'no {entity} has id {id}',
    es: 'no existe ningún registro de {entity} con el id {id}',
  },
  mayNotFilter: {
    en: 'You may not filter {entity} records by {field}.',
    es: 'No puede filtrar los registros de {entity} por «{field}».',
  },
  mayNotSort: {
    en: 'You may not sort {entity} records by {field}.',
    es: 'No puede ordenar los registros de {entity} por «{field}».',
  },
});

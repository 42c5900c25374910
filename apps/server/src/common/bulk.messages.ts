import { defineMessages } from '../i18n/messages.js';

/** Bulk steps' own refusals (common/bulk.ts): which record of the list sent, and why. */
export const bulkMessages = defineMessages('bulk', {
  atLeastOne: { en: 'must name at least one record', es: 'debe indicar al menos un registro' },
  atMost: { en: 'may name at most {max} records', es: 'puede indicar como máximo {max} registros' },
  sameRecord: {
    en: 'names the same record as {other}',
    es: 'indica el mismo registro que {other}',
  },
  recordRefused: { en: '{record} ({id}): {reason}', es: '{record} (registro {id}): {reason}' },
});

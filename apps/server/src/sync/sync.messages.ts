import { defineMessages } from '../i18n/messages.js';

/** Refusals of the sync contract: cursors, their order, the deletions' retention. */
export const syncMessages = defineMessages('sync', {
  malformedCursor: {
    en: 'is not a cursor this list gave out; pass the end cursor of the page before, unchanged',
    es: 'no es un cursor que haya dado esta lista; envíe sin cambios el cursor final de la página anterior',
  },
  cursorWithOffset: {
    en: 'cannot be used together with a cursor (after); page with one or the other',
    es: 'no se puede usar junto con un cursor (after); pagine con uno o con el otro',
  },
  cursorOrder: {
    en: 'must be empty or sort by the date of the last change, ascending, when a cursor (after) is given',
    es: 'debe estar vacío u ordenar por la fecha del último cambio, ascendente, cuando se envía un cursor (after)',
  },
  beyondRetention: {
    en: 'is older than the {days} days deletions are kept; do a full pull of the lists instead, then ask for changes from then on',
    es: 'es anterior a los {days} días durante los que se conservan las eliminaciones; descargue de nuevo las listas completas y después pida los cambios desde entonces',
  },
});

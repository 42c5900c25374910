import type { listsEn } from './lists.en';
import type { MessagesLike } from './messages';

/** `lists.en.ts` in Spanish. */
export const listsEs: MessagesLike<typeof listsEn> = {
  export: {
    button: 'Exportar CSV',
    progress: 'Exportando: {loaded} de {total} filas…',
    done: 'Se exportó {smart_count} fila a {file} |||| Se exportaron {smart_count} filas a {file}',
    failed: 'No se pudo exportar: {message}',
  },
  savedQueries: {
    button: 'Filtros guardados',
    menu: 'Filtros guardados de esta lista',
    none: 'Todavía no hay filtros guardados.',
    save: 'Guardar los filtros actuales…',
    saveTitle: 'Guardar los filtros y el orden actuales',
    name: 'Nombre',
    nameHelp: 'Solo usted ve sus filtros guardados.',
    saved: 'Los filtros se guardaron como «{name}».',
    remove: 'Quitar «{name}»',
    removed: 'Se quitaron los filtros guardados «{name}».',
    current: '{name} (actual)',
  },
  bulk: {
    selectRow: 'Seleccionar a {name}',
    failedRow: 'Fila {row} ({name}): {message}',
    memberships: {
      end: 'Terminar membresías',
      title: 'Terminar {smart_count} membresía |||| Terminar {smart_count} membresías',
      intro:
        'Cada integrante sale en la misma fecha y por el mismo motivo. Si alguna no se puede terminar, no se termina ninguna.',
      done: 'Se terminó {smart_count} membresía. |||| Se terminaron {smart_count} membresías.',
    },
    reimbursements: {
      approve: 'Aprobar los seleccionados',
      title: '¿Aprobar {smart_count} reembolso? |||| ¿Aprobar {smart_count} reembolsos?',
      content:
        'Solo se pueden aprobar los reembolsos presentados. Si alguno no se puede aprobar, no se aprueba ninguno.',
      done: 'Se aprobó {smart_count} reembolso. |||| Se aprobaron {smart_count} reembolsos.',
    },
    attendance: {
      selectAll: 'Seleccionar a todos los integrantes',
      selected:
        '{smart_count} integrante seleccionado |||| {smart_count} integrantes seleccionados',
      mark: 'Marcar a los seleccionados como',
      clear: 'Quitar la selección',
      keys: 'La barra espaciadora selecciona al integrante; luego marque a todos los seleccionados a la vez.',
    },
  },
};

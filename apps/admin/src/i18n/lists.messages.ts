/**
 * The lists' tools (issue 5): CSV export, saved filters and bulk actions, in English and Spanish.
 * Polyglot messages: `%{name}` is a value, `||||` separates the singular from the plural of
 * `smart_count`.
 */
export const listsMessages = {
  en: {
    export: {
      button: 'Export CSV',
      progress: 'Exporting: %{loaded} of %{total} rows…',
      done: 'Exported %{smart_count} row to %{file} |||| Exported %{smart_count} rows to %{file}',
      failed: 'The export failed: %{message}',
    },
    savedQueries: {
      button: 'Saved filters',
      menu: 'Saved filters of this list',
      none: 'No saved filters yet.',
      save: 'Save the current filters…',
      saveTitle: 'Save the current filters and sort',
      name: 'Name',
      nameHelp: 'Only you see your saved filters.',
      saved: 'The filters were saved as “%{name}”.',
      remove: 'Remove “%{name}”',
      removed: 'The saved filters “%{name}” were removed.',
      current: '%{name} (current)',
    },
    bulk: {
      selectRow: 'Select %{name}',
      failedRow: 'Row %{row} (%{name}): %{message}',
      memberships: {
        end: 'End memberships',
        title: 'End %{smart_count} membership |||| End %{smart_count} memberships',
        intro:
          'Each member leaves on the same date, for the same reason. If any of them cannot be ended, none is.',
        done: '%{smart_count} membership was ended. |||| %{smart_count} memberships were ended.',
      },
      reimbursements: {
        approve: 'Approve selected',
        title: 'Approve %{smart_count} claim? |||| Approve %{smart_count} claims?',
        content:
          'Only submitted claims can be approved. If any of them cannot be approved, none is.',
        done: '%{smart_count} claim was approved. |||| %{smart_count} claims were approved.',
      },
      attendance: {
        selectAll: 'Select every member',
        selected: '%{smart_count} member selected |||| %{smart_count} members selected',
        mark: 'Mark the selected as',
        clear: 'Clear the selection',
        keys: 'Space selects the member; then mark every selected member at once.',
      },
    },
  },
  es: {
    export: {
      button: 'Exportar CSV',
      progress: 'Exportando: %{loaded} de %{total} filas…',
      done: 'Se exportó %{smart_count} fila a %{file} |||| Se exportaron %{smart_count} filas a %{file}',
      failed: 'No se pudo exportar: %{message}',
    },
    savedQueries: {
      button: 'Filtros guardados',
      menu: 'Filtros guardados de esta lista',
      none: 'Todavía no hay filtros guardados.',
      save: 'Guardar los filtros actuales…',
      saveTitle: 'Guardar los filtros y el orden actuales',
      name: 'Nombre',
      nameHelp: 'Solo usted ve sus filtros guardados.',
      saved: 'Los filtros se guardaron como «%{name}».',
      remove: 'Quitar «%{name}»',
      removed: 'Se quitaron los filtros guardados «%{name}».',
      current: '%{name} (actual)',
    },
    bulk: {
      selectRow: 'Seleccionar a %{name}',
      failedRow: 'Fila %{row} (%{name}): %{message}',
      memberships: {
        end: 'Terminar membresías',
        title: 'Terminar %{smart_count} membresía |||| Terminar %{smart_count} membresías',
        intro:
          'Cada integrante sale en la misma fecha y por el mismo motivo. Si alguna no se puede terminar, no se termina ninguna.',
        done: 'Se terminó %{smart_count} membresía. |||| Se terminaron %{smart_count} membresías.',
      },
      reimbursements: {
        approve: 'Aprobar los seleccionados',
        title: '¿Aprobar %{smart_count} reembolso? |||| ¿Aprobar %{smart_count} reembolsos?',
        content:
          'Solo se pueden aprobar los reembolsos presentados. Si alguno no se puede aprobar, no se aprueba ninguno.',
        done: 'Se aprobó %{smart_count} reembolso. |||| Se aprobaron %{smart_count} reembolsos.',
      },
      attendance: {
        selectAll: 'Seleccionar a todos los integrantes',
        selected:
          '%{smart_count} integrante seleccionado |||| %{smart_count} integrantes seleccionados',
        mark: 'Marcar a los seleccionados como',
        clear: 'Quitar la selección',
        keys: 'La barra espaciadora selecciona al integrante; luego marque a todos los seleccionados a la vez.',
      },
    },
  },
};

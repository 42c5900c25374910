/**
 * The lists' tools (issue 5): CSV export, saved filters and bulk actions, in English and Spanish.
 * Polyglot messages: `{name}` is a value, `||||` separates the singular from the plural of
 * `smart_count`.
 */
export const listsEn = {
  export: {
    button: 'Export CSV',
    progress: 'Exporting: {loaded} of {total} rows…',
    done: 'Exported {smart_count} row to {file} |||| Exported {smart_count} rows to {file}',
    failed: 'The export failed: {message}',
  },
  savedQueries: {
    button: 'Saved filters',
    menu: 'Saved filters of this list',
    none: 'No saved filters yet.',
    save: 'Save the current filters…',
    saveTitle: 'Save the current filters and sort',
    name: 'Name',
    nameHelp: 'Only you see your saved filters.',
    saved: 'The filters were saved as “{name}”.',
    remove: 'Remove “{name}”',
    removed: 'The saved filters “{name}” were removed.',
    current: '{name} (current)',
  },
  bulk: {
    selectRow: 'Select {name}',
    failedRow: 'Row {row} ({name}): {message}',
    memberships: {
      end: 'End memberships',
      title: 'End {smart_count} membership |||| End {smart_count} memberships',
      intro:
        'Each member leaves on the same date, for the same reason. If any of them cannot be ended, none is.',
      done: '{smart_count} membership was ended. |||| {smart_count} memberships were ended.',
    },
    reimbursements: {
      approve: 'Approve selected',
      title: 'Approve {smart_count} claim? |||| Approve {smart_count} claims?',
      content: 'Only submitted claims can be approved. If any of them cannot be approved, none is.',
      done: '{smart_count} claim was approved. |||| {smart_count} claims were approved.',
    },
    attendance: {
      selectAll: 'Select every member',
      selected: '{smart_count} member selected |||| {smart_count} members selected',
      mark: 'Mark the selected as',
      clear: 'Clear the selection',
      keys: 'Space selects the member; then mark every selected member at once.',
    },
  },
};

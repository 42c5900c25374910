/** The dialog shown when a save meets a newer version of the record (someone else saved it). */
export const conflictsMessages = {
  en: {
    title: 'Someone else changed this record',
    intro:
      '%{record} was saved by someone else on %{time} while you were editing it. Nothing has been saved from your form yet. Compare the two versions and choose.',
    introNoTime:
      '%{record} was saved by someone else while you were editing it. Nothing has been saved from your form yet. Compare the two versions and choose.',
    caption: 'Fields that differ between your version and theirs',
    field: 'Field',
    mine: 'Your version',
    theirs: 'Their current version',
    changedBy: {
      you: 'You changed this',
      them: 'They changed this',
      both: 'You both changed this',
    },
    noDifferences: 'Their version already has the same values as your form.',
    explainMine:
      'Apply mine: the fields you changed are saved over their version; fields only they changed keep their value.',
    explainTheirs: 'Keep theirs: your changes are dropped and the form shows their version.',
    keepTheirs: 'Keep theirs',
    applyMine: 'Apply mine',
    backToForm: 'Back to my form',
    empty: '(empty)',
    yes: 'Yes',
    no: 'No',
    notSaved:
      'Not saved: someone else changed this record. Your form is unchanged; save again to compare.',
    notSavedTheirs: 'Not saved: the form now shows their version.',
  },
  es: {
    title: 'Otra persona cambió este registro',
    intro:
      'Otra persona guardó %{record} el %{time} mientras usted lo editaba. Todavía no se ha guardado nada de su formulario. Compare las dos versiones y elija.',
    introNoTime:
      'Otra persona guardó %{record} mientras usted lo editaba. Todavía no se ha guardado nada de su formulario. Compare las dos versiones y elija.',
    caption: 'Campos que difieren entre su versión y la de la otra persona',
    field: 'Campo',
    mine: 'Su versión',
    theirs: 'Versión actual de la otra persona',
    changedBy: {
      you: 'Usted cambió este campo',
      them: 'La otra persona cambió este campo',
      both: 'Ambos cambiaron este campo',
    },
    noDifferences: 'La otra versión ya tiene los mismos valores que su formulario.',
    explainMine:
      'Aplicar la mía: los campos que usted cambió se guardan sobre la otra versión; los campos que solo cambió la otra persona conservan su valor.',
    explainTheirs:
      'Conservar la suya: sus cambios se descartan y el formulario muestra la otra versión.',
    keepTheirs: 'Conservar la suya',
    applyMine: 'Aplicar la mía',
    backToForm: 'Volver a mi formulario',
    empty: '(vacío)',
    yes: 'Sí',
    no: 'No',
    notSaved:
      'No se guardó: otra persona cambió este registro. Su formulario no cambió; guárdelo de nuevo para comparar.',
    notSavedTheirs: 'No se guardó: el formulario muestra ahora la otra versión.',
  },
};

import type { conflictsEn } from './conflicts.en';
import type { MessagesLike } from './messages';

/** `conflicts.en.ts` in Spanish. */
export const conflictsEs: MessagesLike<typeof conflictsEn> = {
  title: 'Otra persona cambió este registro',
  intro:
    'Otra persona guardó {record} el {time} mientras usted lo editaba. Todavía no se ha guardado nada de su formulario. Compare las dos versiones y elija.',
  introNoTime:
    'Otra persona guardó {record} mientras usted lo editaba. Todavía no se ha guardado nada de su formulario. Compare las dos versiones y elija.',
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
};

/** The dialog shown when a save meets a newer version of the record (someone else saved it). */
export const conflictsEn = {
  title: 'Someone else changed this record',
  intro:
    '{record} was saved by someone else on {time} while you were editing it. Nothing has been saved from your form yet. Compare the two versions and choose.',
  introNoTime:
    '{record} was saved by someone else while you were editing it. Nothing has been saved from your form yet. Compare the two versions and choose.',
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
};

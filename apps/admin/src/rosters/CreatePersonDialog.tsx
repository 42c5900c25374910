import type { PersonKind } from '@cei/domain';
import { Dialog, DialogContent, DialogTitle } from '@mui/material';
import { useId } from 'react';
import {
  CreateBase,
  type RaRecord,
  SimpleForm,
  useCreateSuggestionContext,
  useTranslate,
} from 'react-admin';
import { newPersonDefaults, PersonInputs } from './PersonInputs';

/**
 * Adds a person from a person picker, for someone who is not in the directory yet (a new member
 * filling a vacancy): what was typed becomes their name, and once saved they are the picker's
 * choice. A team lead may add a person on no team yet, but reads only people on their teams, so
 * the person joins the roster through the form the picker is on. With `kind` (the seat's), the
 * new person is of that kind.
 */
export function CreatePersonDialog({ kind }: { kind?: PersonKind }) {
  const { filter, onCancel, onCreate } = useCreateSuggestionContext();
  const translate = useTranslate();
  const titleId = useId();
  const [givenName, ...rest] = (filter ?? '').trim().split(/\s+/);
  return (
    <Dialog open onClose={onCancel} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{translate('cei.people.createTitle')}</DialogTitle>
      <DialogContent>
        <CreateBase
          resource="people"
          redirect={false}
          mutationOptions={{ onSuccess: (person: RaRecord) => onCreate(person) }}
        >
          <SimpleForm
            defaultValues={{
              ...newPersonDefaults,
              ...(kind ? { kind } : {}),
              givenName: givenName ?? '',
              familyName: rest.join(' '),
            }}
          >
            <PersonInputs />
          </SimpleForm>
        </CreateBase>
      </DialogContent>
    </Dialog>
  );
}

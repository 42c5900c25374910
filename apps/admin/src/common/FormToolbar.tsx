import { Alert, AlertTitle } from '@mui/material';
import {
  Toolbar,
  type ToolbarProps,
  useResourceContext,
  useTranslate,
  ValidationError,
  type ValidationErrorMessage,
} from 'react-admin';
import type { FieldErrors } from 'react-hook-form';
import { useFormState } from 'react-hook-form';

interface Problem {
  path: string;
  message: ValidationErrorMessage;
}

/** Every field problem of a form's errors, nested ones (a list's rows) included, by path. */
export function formProblems(errors: FieldErrors, prefix = ''): Problem[] {
  return Object.entries(errors).flatMap(([key, error]) => {
    if (!error || typeof error !== 'object') return [];
    const path = prefix ? `${prefix}.${key}` : key;
    if ('message' in error && error.message)
      return [{ path, message: error.message as ValidationErrorMessage }];
    return formProblems(error as FieldErrors, path);
  });
}

/**
 * Once Save was pressed, every field problem of the form at once, above the toolbar and named by
 * the field's label in the page's language (each field also shows its own under it). Announced
 * as an alert, so a screen reader hears why nothing was saved.
 */
export function FormProblems() {
  const { errors, submitCount } = useFormState();
  const translate = useTranslate();
  const resource = useResourceContext();
  const problems = submitCount > 0 ? formProblems(errors) : [];
  if (problems.length === 0) return null;
  return (
    <Alert severity="error" role="alert" sx={{ mx: 2, mb: 1 }}>
      <AlertTitle>{translate('cei.forms.problems', { smart_count: problems.length })}</AlertTitle>
      <ul style={{ margin: 0, paddingInlineStart: '1.25em' }}>
        {problems.map(({ path, message }) => (
          <li key={path}>
            {translate(`resources.${resource}.fields.${path}`, { _: path })}:{' '}
            <ValidationError error={message} />
          </li>
        ))}
      </ul>
    </Alert>
  );
}

/**
 * Every form's toolbar (the theme's default for SimpleForm): Save is always enabled, and pressing
 * it on a form with problems lists them all (FormProblems) rather than leaving a greyed-out button
 * with no reason given.
 */
export function FormToolbar(props: ToolbarProps) {
  return (
    <>
      <FormProblems />
      <Toolbar {...props} />
    </>
  );
}

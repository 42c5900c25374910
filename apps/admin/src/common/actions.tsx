import { Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import type { DocumentNode } from 'graphql';
import { type ReactElement, type ReactNode, useCallback, useId, useState } from 'react';
import {
  Confirm,
  Form,
  HttpError,
  SaveButton,
  useDataProvider,
  useNotify,
  useRefresh,
  useTranslate,
} from 'react-admin';
import type { CeiDataProvider } from '../data/dataProvider';
import type { ValidationErrors } from '../data/errors';

type Json = Record<string, unknown>;

/**
 * Runs one of the schema's operations outside react-admin's CRUD (a transition, an upload):
 * through the data provider, so errors are mapped as everywhere else; on success it notifies
 * `success` (a message key) and refreshes the screen's records.
 */
export function useOperation() {
  const dataProvider = useDataProvider<CeiDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  return useCallback(
    async <T,>(
      document: DocumentNode,
      variables: Json,
      options: { success?: string; successArgs?: Json } = {},
    ): Promise<T> => {
      const result = await dataProvider.execute<T>(document, variables);
      if (options.success)
        notify(options.success, { type: 'info', messageArgs: options.successArgs });
      refresh();
      return result;
    },
    [dataProvider, notify, refresh],
  );
}

/**
 * What a form does with a failed operation: the server's field problems go back to the form,
 * under the inputs they concern (and the whole message as the form's root error); any other
 * failure is notified.
 */
export function useFormFailure() {
  const notify = useNotify();
  return useCallback(
    (error: unknown): ValidationErrors | undefined => {
      if (error instanceof HttpError && error.body?.errors) {
        notify(error.message, { type: 'error' });
        return error.body.errors as ValidationErrors;
      }
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
      return undefined;
    },
    [notify],
  );
}

interface OperationDialogProps {
  /** Message key of the dialog's title. */
  title: string;
  titleArgs?: Json;
  open: boolean;
  onClose: () => void;
  /** Runs the operation; a thrown error is shown under the inputs or notified. */
  onSubmit: (values: Json) => Promise<unknown>;
  defaultValues?: Json;
  /** Message key of the submit button. */
  submitLabel: string;
  children: ReactNode;
}

/** A dialog with a form that runs one operation, closing when it succeeds. */
export function OperationDialog({
  title,
  titleArgs,
  open,
  onClose,
  onSubmit,
  defaultValues,
  submitLabel,
  children,
}: OperationDialogProps) {
  const translate = useTranslate();
  const failure = useFormFailure();
  const titleId = useId();

  async function submit(values: Json) {
    try {
      await onSubmit(values);
      onClose();
    } catch (error) {
      return failure(error);
    }
    return undefined;
  }

  return (
    <Dialog open={open} onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      {open && (
        // Its own record: not the one of the page the dialog opens on.
        <Form onSubmit={submit} record={defaultValues ?? {}} defaultValues={defaultValues}>
          <DialogTitle id={titleId}>{translate(title, titleArgs)}</DialogTitle>
          <DialogContent>{children}</DialogContent>
          <DialogActions>
            <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
            <SaveButton label={submitLabel} alwaysEnable />
          </DialogActions>
        </Form>
      )}
    </Dialog>
  );
}

interface ActionButtonProps {
  /** Message key of the button. */
  label: string;
  icon?: ReactElement;
  color?: 'primary' | 'error' | 'success' | 'warning' | 'inherit';
  variant?: 'text' | 'outlined' | 'contained';
  /** Asks first: message keys of the confirmation's title and text. */
  confirm?: { title: string; content: string; args?: Json };
  /** Runs the action; a thrown error is notified. */
  onAction: () => Promise<unknown>;
  disabled?: boolean;
}

/** A button that runs one operation, after a confirmation when asked. */
export function ActionButton({
  label,
  icon,
  color = 'primary',
  variant = 'outlined',
  confirm,
  onAction,
  disabled,
}: ActionButtonProps) {
  const translate = useTranslate();
  const notify = useNotify();
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);

  async function run() {
    setPending(true);
    try {
      await onAction();
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
    } finally {
      setPending(false);
      setConfirming(false);
    }
  }

  return (
    <>
      <Button
        size="small"
        color={color}
        variant={variant}
        startIcon={icon}
        disabled={disabled || pending}
        onClick={() => (confirm ? setConfirming(true) : run())}
      >
        {translate(label)}
      </Button>
      {confirm && (
        <Confirm
          isOpen={confirming}
          loading={pending}
          title={confirm.title}
          titleTranslateOptions={confirm.args}
          content={confirm.content}
          contentTranslateOptions={confirm.args}
          confirm={label}
          onConfirm={run}
          onClose={() => setConfirming(false)}
        />
      )}
    </>
  );
}

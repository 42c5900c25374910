import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { HttpError } from 'react-admin';

/** The error codes of architecture.md, as the HTTP statuses react-admin reasons about. */
const STATUS_OF_CODE: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  INTERNAL_SERVER_ERROR: 500,
};

export interface FieldProblem {
  path: string;
  message: string;
}

interface WireError {
  message: string;
  extensions?: { code?: unknown; fields?: unknown };
}

/** Form errors as react-admin applies them: by input name, the rest as the form's own error. */
export interface ValidationErrors {
  [field: string]: string | ValidationErrors;
}

/**
 * Any failure of an operation as a react-admin `HttpError`. `BAD_USER_INPUT` carries its field
 * problems in `body.errors`, keyed by the form's input names (which are the input fields'), so
 * react-admin shows each message under its input, and as the server gave them in `body.fields`
 * (with their indexes: a bulk step's `input.memberships.3.endedOn` names its row).
 */
export function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  const wireErrors = graphqlErrorsOf(error);
  const first = wireErrors[0];
  if (first) {
    const code = typeof first.extensions?.code === 'string' ? first.extensions.code : undefined;
    const status = (code && STATUS_OF_CODE[code]) ?? 500;
    const message = wireErrors.map((wireError) => wireError.message).join(' ');
    if (code === 'BAD_USER_INPUT') {
      const fields = fieldProblems(first);
      return new HttpError(message, status, {
        code,
        fields,
        errors: validationErrors(fields, message),
      });
    }
    return new HttpError(message, status, { code });
  }
  if (ServerError.is(error)) {
    return new HttpError(error.message, error.statusCode, null);
  }
  const message = error instanceof Error ? error.message : String(error);
  // The browser's own words ("Failed to fetch") stay in the body, for whoever debugs it.
  return new HttpError('cei.errors.unreachable', 0, { detail: message });
}

function graphqlErrorsOf(error: unknown): WireError[] {
  if (CombinedGraphQLErrors.is(error)) return error.errors as WireError[];
  if (ServerError.is(error)) {
    // A non-GraphQL media type with a 4xx status still carries GraphQL errors in its body.
    try {
      const body = JSON.parse(error.bodyText) as { errors?: WireError[] };
      return Array.isArray(body.errors) ? body.errors : [];
    } catch {
      return [];
    }
  }
  return [];
}

function fieldProblems(error: WireError): FieldProblem[] {
  const fields = error.extensions?.fields;
  if (!Array.isArray(fields)) return [];
  return fields.filter(
    (field): field is FieldProblem =>
      typeof field?.path === 'string' && typeof field?.message === 'string',
  );
}

/**
 * `input.cohortId` → `{ cohortId }`, `input.memberLeaIds.0` → `{ memberLeaIds }`. The whole
 * message is the form's root error too, which react-admin notifies; a problem on the input as a
 * whole (path `input`) has no field to stand under and is only there.
 */
export function validationErrors(problems: FieldProblem[], message: string): ValidationErrors {
  const errors: ValidationErrors = {};
  for (const problem of problems) {
    const segments = problem.path.split('.').filter((segment) => !/^\d+$/.test(segment));
    if (segments[0] === 'input') segments.shift();
    if (segments.length === 0) continue;
    setPath(errors, segments, problem.message);
  }
  errors.root = { serverError: message };
  return errors;
}

function setPath(errors: ValidationErrors, segments: string[], message: string): void {
  const [head, ...rest] = segments as [string, ...string[]];
  if (rest.length === 0) {
    const existing = errors[head];
    errors[head] = typeof existing === 'string' ? `${existing} ${message}` : message;
    return;
  }
  const child = errors[head];
  const nested: ValidationErrors = typeof child === 'object' ? child : {};
  errors[head] = nested;
  setPath(nested, rest, message);
}

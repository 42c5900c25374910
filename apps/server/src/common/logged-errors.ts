import pino from 'pino';

/**
 * How an error is written to the log (pino's `err` serializer). A database error's message,
 * detail and stack carry the statement and its bound values (token hashes, people's details, CSV
 * cells): only what identifies the failure is kept, its class, SQLSTATE and the schema objects it
 * names, plus the stack's frames. Other errors are logged as pino logs them.
 */
export function loggedError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  if (!isDatabaseError(error)) return pino.stdSerializers.err(error);
  const fields = error as Error & Record<string, unknown>;
  return {
    type: error.name,
    code: fields.code,
    table: fields.table,
    column: fields.column,
    constraint: fields.constraint,
    routine: fields.routine,
    stack: (error.stack ?? '')
      .split('\n')
      .filter((line) => /^\s+at /.test(line))
      .join('\n'),
  };
}

/** MikroORM's DriverException and pg's DatabaseError both carry PostgreSQL's SQLSTATE `code`. */
function isDatabaseError(error: Error): boolean {
  const { code, severity } = error as { code?: unknown; severity?: unknown };
  return (
    /Exception$/.test(error.name) ||
    (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && typeof severity === 'string')
  );
}

export const logSerializers = { err: loggedError };

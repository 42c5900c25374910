import { randomUUID } from 'node:crypto';
import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import {
  CheckConstraintViolationException,
  ForeignKeyConstraintViolationException,
  OptimisticLockError,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import type { ValidationError } from 'class-validator';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { ArgumentValidationError } from 'type-graphql';
import {
  ConflictError,
  type FieldProblem,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  UnauthenticatedError,
} from '../common/errors.js';

/**
 * The one place errors become GraphQL errors: domain errors map to `extensions.code`
 * (BAD_USER_INPUT carries `extensions.fields`), anything unexpected is masked and logged with an
 * id the user can quote.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, raw: unknown): GraphQLFormattedError => {
    const error = unwrapResolverError(raw);
    const base = {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
    };

    if (error instanceof InvalidInputError) {
      return badInput(base, error.message, error.fields);
    }
    if (error instanceof ArgumentValidationError) {
      const fields = validationProblems(error.extensions.validationErrors as ValidationError[]);
      return badInput(base, describe(fields), fields);
    }
    if (error instanceof UniqueConstraintViolationException) {
      const fields = [uniqueViolationField(error)];
      return badInput(base, describe(fields), fields);
    }
    if (error instanceof CheckConstraintViolationException) {
      // The database's own guard; services name the field first wherever they can.
      const constraint = (error as { constraint?: string }).constraint ?? 'a rule of the record';
      return badInput(base, `Invalid input: violates ${constraint}.`, [
        { path: 'input', message: `violates ${constraint}` },
      ]);
    }
    if (error instanceof ForeignKeyConstraintViolationException) {
      return withCode(
        base,
        'Other records still refer to this one; remove or change them first.',
        'CONFLICT',
      );
    }
    if (error instanceof NotFoundError) return withCode(base, error.message, 'NOT_FOUND');
    if (error instanceof UnauthenticatedError)
      return withCode(base, error.message, 'UNAUTHENTICATED');
    if (error instanceof ForbiddenError) return withCode(base, error.message, 'FORBIDDEN');
    if (error instanceof ConflictError) return withCode(base, error.message, 'CONFLICT');
    if (error instanceof OptimisticLockError) {
      return withCode(
        base,
        'The record was changed by someone else meanwhile. Reload it and try again.',
        'CONFLICT',
      );
    }

    const code = formatted.extensions?.code;
    if (code === ApolloServerErrorCode.BAD_USER_INPUT) {
      const fields = variableProblem(formatted.message);
      return badInput(base, formatted.message, fields);
    }
    if (code && code !== ApolloServerErrorCode.INTERNAL_SERVER_ERROR) return formatted;

    const errorId = randomUUID();
    logger.error({ err: error, errorId, path: formatted.path }, 'unexpected error');
    return {
      ...base,
      message: `Internal server error (id ${errorId}).`,
      extensions: { code: 'INTERNAL_SERVER_ERROR', errorId },
    };
  };
}

type Base = Pick<GraphQLFormattedError, 'message' | 'locations' | 'path'>;

function withCode(base: Base, message: string, code: string): GraphQLFormattedError {
  return { ...base, message, extensions: { code } };
}

function badInput(base: Base, message: string, fields: FieldProblem[]): GraphQLFormattedError {
  return { ...base, message, extensions: { code: 'BAD_USER_INPUT', fields } };
}

function describe(fields: FieldProblem[]): string {
  return `Invalid input: ${fields.map((field) => `${field.path} ${field.message}`).join('; ')}.`;
}

/**
 * class-validator errors, nested inputs included, as `input.name: must not be empty`. It names
 * properties of the validated object; mutations take one `input` argument (architecture.md), so
 * a property of an input type is `input.<property>`.
 */
export function validationProblems(errors: ValidationError[]): FieldProblem[] {
  return errors.flatMap((error) =>
    flatten([error], /Input$/.test(error.target?.constructor?.name ?? '') ? 'input' : ''),
  );
}

function flatten(errors: ValidationError[], prefix: string): FieldProblem[] {
  return errors.flatMap((error) => {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      path,
      message: message.replace(new RegExp(`^${error.property} `), ''),
    }));
    return [...own, ...flatten(error.children ?? [], path)];
  });
}

/** PostgreSQL's detail, `Key (cds_code)=(…) already exists`, names the input field. */
function uniqueViolationField(error: UniqueConstraintViolationException): FieldProblem {
  const detail = String((error as { detail?: string }).detail ?? error.message);
  const columns = /Key \(([^)]+)\)=/.exec(detail)?.[1]?.split(', ') ?? [];
  const column = columns.at(-1) ?? 'id';
  const field = column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
  return { path: `input.${field}`, message: 'is already used by another record' };
}

/** graphql-js coercion messages: `Variable "$input" got invalid value … at "input.name"; …`. */
function variableProblem(message: string): FieldProblem[] {
  const variable = /Variable "\$([^"]+)"/.exec(message)?.[1];
  const at = /at "([^"]+)"/.exec(message)?.[1];
  const missing = /Field "([^"]+)" of required type/.exec(message)?.[1];
  const path = [at ?? variable, missing].filter(Boolean).join('.');
  const reason = message.split('; ').slice(1).join('; ') || message;
  return [{ path: path || 'input', message: reason }];
}

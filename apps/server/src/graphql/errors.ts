import { randomUUID } from 'node:crypto';
import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import {
  CheckConstraintViolationException,
  ForeignKeyConstraintViolationException,
  OptimisticLockError,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import type { ValidationError } from 'class-validator';
import {
  defaultFieldResolver,
  GraphQLError,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from 'graphql';
import type { Logger } from 'pino';
import { ArgumentValidationError } from 'type-graphql';
import {
  ConflictError,
  DomainError,
  describeProblems,
  type FieldProblem,
  ForbiddenError,
  InvalidInputError,
  InvalidValueError,
  NotFoundError,
  UnauthenticatedError,
} from '../common/errors.js';
import type { ValidationContext } from '../common/validation.js';
import type { Localizable, Message } from '../i18n/messages.js';
import { requestLanguage } from '../i18n/request-language.js';
import { isStaff } from '../scope/rules.js';
import type { Context } from './context.js';
import { graphqlMessages as m } from './graphql.messages.js';

/**
 * The one place errors become GraphQL errors: domain errors map to `extensions.code`
 * (BAD_USER_INPUT carries `extensions.fields`), anything unexpected is masked and logged with an
 * id the user can quote. Messages are rendered here, in the request's language
 * (i18n/request-language.ts); codes and field paths are the same in every language. Errors of
 * the query itself (syntax, unknown fields, depth limits) are for the developer writing it and
 * stay graphql-js's English.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, raw: unknown): GraphQLFormattedError => {
    const language = requestLanguage();
    const error = causeOf(raw);
    const base = {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
    };
    const withCode = (text: Localizable, code: string) => ({
      ...base,
      message: text.render(language),
      extensions: { code },
    });
    const badInput = (fields: FieldProblem[]) => ({
      ...base,
      message: describeProblems(fields).render(language),
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: fields.map(({ path, message }) => ({ path, message: message.render(language) })),
      },
    });

    if (error instanceof InvalidInputError) return badInput(error.fields);
    if (error instanceof ArgumentValidationError) {
      return badInput(validationProblems(error.extensions.validationErrors as ValidationError[]));
    }
    if (error instanceof UniqueConstraintViolationException) {
      // Resolvers' duplicates were worded for their viewer (explainDuplicates); any other is
      // worded for the viewer who may read least.
      return badInput([uniqueViolationProblem(error, false)]);
    }
    if (error instanceof CheckConstraintViolationException) {
      // The database's own guard; services name the field first wherever they can.
      const constraint = (error as { constraint?: string }).constraint ?? 'check';
      return badInput([{ path: 'input', message: m.violatesRule({ constraint }) }]);
    }
    if (error instanceof ForeignKeyConstraintViolationException) {
      return withCode(m.stillReferenced(), 'CONFLICT');
    }
    if (error instanceof NotFoundError) return withCode(error.text, 'NOT_FOUND');
    if (error instanceof UnauthenticatedError) return withCode(error.text, 'UNAUTHENTICATED');
    if (error instanceof ForbiddenError) return withCode(error.text, 'FORBIDDEN');
    if (error instanceof ConflictError) return withCode(error.text, 'CONFLICT');
    if (error instanceof OptimisticLockError) return withCode(m.changedMeanwhile(), 'CONFLICT');

    const code = formatted.extensions?.code;
    if (code === ApolloServerErrorCode.BAD_USER_INPUT) {
      return badInput([variableProblem(formatted.message, raw)]);
    }
    if (code && code !== ApolloServerErrorCode.INTERNAL_SERVER_ERROR) {
      // Another code of its own (RATE_LIMITED): its extensions as they are, its text localized.
      return error instanceof DomainError
        ? { ...formatted, message: error.text.render(language) }
        : formatted;
    }

    const errorId = randomUUID();
    logger.error({ err: error, errorId, path: formatted.path }, 'unexpected error');
    return {
      ...base,
      message: m.internalError({ errorId }).render(language),
      extensions: { code: 'INTERNAL_SERVER_ERROR', errorId },
    };
  };
}

/**
 * The error behind a resolver's or a GraphQLError's wrapping: where a GraphQLError had to be
 * thrown (the context function's refusal of an API token, a code of its own), the domain error
 * with its message is its `originalError`.
 */
function causeOf(raw: unknown): unknown {
  let error = unwrapResolverError(raw);
  while (error instanceof GraphQLError && error.originalError instanceof Error) {
    error = error.originalError;
  }
  return error;
}

/**
 * class-validator errors, nested inputs included, as `input.name: must not be empty`. It names
 * properties of the validated object; mutations take one `input` argument (architecture.md), so
 * a property of an input type is `input.<property>`. Each constraint's Message is in its
 * context (common/validation.ts).
 */
export function validationProblems(errors: ValidationError[]): FieldProblem[] {
  return errors.flatMap((error) =>
    flatten([error], /Input$/.test(error.target?.constructor?.name ?? '') ? 'input' : ''),
  );
}

function flatten(errors: ValidationError[], prefix: string): FieldProblem[] {
  return errors.flatMap((error) => {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.keys(error.constraints ?? {}).map((constraint) => {
      const context = error.contexts?.[constraint] as ValidationContext | undefined;
      if (!context?.message) {
        throw new Error(`${path}: constraint ${constraint} has no catalog message`);
      }
      return { path, message: context.message };
    });
    return [...own, ...flatten(error.children ?? [], path)];
  });
}

/**
 * A value another record holds. Only a viewer who reads every record (staff) is told it is
 * already used; anyone else could learn that way that a record they may not read exists (a
 * student's email on another team), so they are told it is not accepted. Services that check a
 * duplicate within the viewer's scope first say so themselves.
 */
export function explainDuplicates(schema: GraphQLSchema): void {
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = async (root, args, context: Context, info) => {
      try {
        return await resolve(root, args, context, info);
      } catch (error) {
        if (!(error instanceof UniqueConstraintViolationException)) throw error;
        throw new InvalidInputError([uniqueViolationProblem(error, isStaff(context.viewer))]);
      }
    };
  }
}

/** PostgreSQL's detail, `Key (cds_code)=(…) already exists`, names the input field. */
function uniqueViolationProblem(
  error: UniqueConstraintViolationException,
  readsEveryRecord: boolean,
): FieldProblem {
  const detail = String((error as { detail?: string }).detail ?? error.message);
  const columns = /Key \(([^)]+)\)=/.exec(detail)?.[1]?.split(', ') ?? [];
  const column = columns.at(-1) ?? 'id';
  const field = column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
  return { path: `input.${field}`, message: readsEveryRecord ? m.alreadyUsed() : m.notAccepted() };
}

/**
 * graphql-js coercion errors: `Variable "$input" got invalid value … at "input.name"; <why>`.
 * The path comes from the message; why, from the error graphql-js raised for the value: a
 * scalar's InvalidValueError, or one of graphql-js's own refusals, said in our words.
 */
function variableProblem(message: string, raw: unknown): FieldProblem {
  const variable = /Variable "\$([^"]+)"/.exec(message)?.[1];
  const at = /at "([^"]+)"/.exec(message)?.[1];
  const field = /Field "([^"]+)" (?:of required type|is not defined)/.exec(message)?.[1];
  const path = [at ?? variable, field].filter(Boolean).join('.') || 'input';
  return { path, message: valueProblem(message, raw) };
}

function valueProblem(message: string, raw: unknown): Message {
  for (let error = raw; error instanceof Error; error = (error as GraphQLError).originalError) {
    if (error instanceof InvalidValueError) return error.problem;
    if (!(error instanceof GraphQLError)) break;
  }
  const reason = message.split('; ').slice(1).join('; ') || message;
  const type = (pattern: RegExp) => pattern.exec(reason)?.[1] ?? '';
  if (/of required type .* was not provided/.test(reason)) return m.required();
  if (/must not be null|not to be null/.test(reason)) return m.notNull();
  if (/is not defined by type/.test(reason)) {
    return m.unknownField({ type: type(/by type "([^"]+)"/) });
  }
  if (/does not exist in "[^"]+" enum/.test(reason)) {
    return m.notInEnum({ type: type(/in "([^"]+)" enum/) });
  }
  return m.invalidValue({
    type: type(/Expected type "([^"]+)"/) || type(/^(\w+) cannot represent/) || 'value',
  });
}

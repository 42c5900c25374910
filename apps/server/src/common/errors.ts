import { entityName, fieldLabel } from '../i18n/labels.js';
import type { Localizable, Message } from '../i18n/messages.js';
import { errorMessages } from './errors.messages.js';

/**
 * Domain errors. Services throw these; graphql/errors.ts maps them to GraphQL error codes in one
 * place, so no resolver decides how an error looks on the wire. Their texts are catalog messages
 * (i18n/messages.ts), rendered there in the request's language; the JavaScript `message` is the
 * English text, for logs.
 */

/** A problem with one input field: its path (`input.cdsCode`), which clients key on, and what is wrong. */
export interface FieldProblem {
  path: string;
  message: Message;
}

export class DomainError extends Error {
  constructor(readonly text: Localizable) {
    super(text.render('en'));
  }
}

export class NotFoundError extends DomainError {
  override name = 'NotFoundError';
  constructor(entity: string, id: string) {
    super(errorMessages.notFound({ entity: entityName(entity), id }));
  }
}

export class ForbiddenError extends DomainError {
  override name = 'ForbiddenError';
  constructor(message: Message = errorMessages.forbidden()) {
    super(message);
  }
}

export class ConflictError extends DomainError {
  override name = 'ConflictError';
  constructor(message: Message) {
    super(message);
  }
}

export class InvalidInputError extends DomainError {
  override name = 'InvalidInputError';
  constructor(readonly fields: FieldProblem[]) {
    super(describeProblems(fields));
  }

  static field(path: string, message: Message): InvalidInputError {
    return new InvalidInputError([{ path, message }]);
  }
}

export class UnauthenticatedError extends DomainError {
  override name = 'UnauthenticatedError';
  constructor(message: Message = errorMessages.signInFirst()) {
    super(message);
  }
}

/**
 * What is wrong with a value a GraphQL scalar refused (a Decimal with three decimals); the
 * path is where the value was given, which graphql-js knows and graphql/errors.ts reads.
 */
export class InvalidValueError extends DomainError {
  override name = 'InvalidValueError';
  constructor(readonly problem: Message) {
    super(problem);
  }
}

/** Field problems as one sentence: "Entry 2 › Membership: …; Mode: …". */
export function describeProblems(fields: readonly FieldProblem[]): Localizable {
  return {
    render: (language) =>
      fields
        .map(({ path, message }) => {
          const label = fieldLabel(path, language);
          return label ? `${label}: ${message.render(language)}` : message.render(language);
        })
        .join('; '),
  };
}

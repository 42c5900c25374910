/**
 * Domain errors. Services throw these; graphql/errors.ts maps them to GraphQL error codes in one
 * place, so no resolver decides how an error looks on the wire.
 */

export interface FieldProblem {
  /** The input path, e.g. `input.cdsCode`. */
  path: string;
  message: string;
}

export class DomainError extends Error {}

export class NotFoundError extends DomainError {
  override name = 'NotFoundError';
  constructor(entity: string, id: string) {
    super(`${entity} ${id} was not found.`);
  }
}

export class ForbiddenError extends DomainError {
  override name = 'ForbiddenError';
  constructor(message = 'You are not allowed to do this.') {
    super(message);
  }
}

export class ConflictError extends DomainError {
  override name = 'ConflictError';
}

export class InvalidInputError extends DomainError {
  override name = 'InvalidInputError';
  constructor(readonly fields: FieldProblem[]) {
    super(fields.map((field) => `${field.path}: ${field.message}`).join('; '));
  }

  static field(path: string, message: string): InvalidInputError {
    return new InvalidInputError([{ path, message }]);
  }
}

export class UnauthenticatedError extends DomainError {
  override name = 'UnauthenticatedError';
  constructor(message = 'Sign in first.') {
    super(message);
  }
}

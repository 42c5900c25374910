import * as validator from 'class-validator';
import { listOf, type Message } from '../i18n/messages.js';
import { validationMessages as m } from './validation.messages.js';

/**
 * The input validators, as class-validator's but with catalog messages: each carries a Message
 * (its key and parameters) in the constraint's `context`, which graphql/errors.ts renders in the
 * request's language. Inputs import validators from here, never from class-validator (a test
 * checks), so no validation message is English-only. `message` takes a catalog Message only.
 */

export interface KeyedOptions {
  /** Validates each item of an array. */
  each?: boolean;
  /** Overrides the generic message, e.g. `conveningMessages.programYear()`. */
  message?: Message;
}

/** Where graphql/errors.ts finds a constraint's Message: `contexts[constraint].message`. */
export interface ValidationContext {
  message: Message;
}

function keyed(generic: Message, options: KeyedOptions): validator.ValidationOptions {
  const context: ValidationContext = { message: options.message ?? generic };
  return { each: options.each, context };
}

export const IsOptional = validator.IsOptional;

/** Checks an input object outside a request: an import runs each row through its mutation's input class. */
export const validateSync = validator.validateSync;

export function Length(min: number, max: number, options: KeyedOptions = {}): PropertyDecorator {
  const generic = min > 0 ? m.length({ min, max }) : m.maxLength({ max });
  return validator.Length(min, max, keyed(generic, options));
}

export function MaxLength(max: number, options: KeyedOptions = {}): PropertyDecorator {
  return validator.MaxLength(max, keyed(m.maxLength({ max }), options));
}

export function Min(min: number, options: KeyedOptions = {}): PropertyDecorator {
  return validator.Min(min, keyed(m.min({ min }), options));
}

export function Max(max: number, options: KeyedOptions = {}): PropertyDecorator {
  return validator.Max(max, keyed(m.max({ max }), options));
}

export function ArrayMinSize(min: number, options: KeyedOptions = {}): PropertyDecorator {
  return validator.ArrayMinSize(min, keyed(m.arrayMinSize({ min }), options));
}

export function ArrayMaxSize(max: number, options: KeyedOptions = {}): PropertyDecorator {
  return validator.ArrayMaxSize(max, keyed(m.arrayMaxSize({ max }), options));
}

/** Any UUID version; "must be an id", or "must be ids" with `each`. */
export function IsUUID(options: KeyedOptions = {}): PropertyDecorator {
  return validator.IsUUID('all', keyed(options.each ? m.ids() : m.id(), options));
}

export function IsEmail(options: KeyedOptions = {}): PropertyDecorator {
  return validator.IsEmail({}, keyed(m.email(), options));
}

/** A web address with its scheme (`https://…`). */
export function IsUrl(options: KeyedOptions = {}): PropertyDecorator {
  return validator.IsUrl({ require_protocol: true }, keyed(m.url(), options));
}

export function IsIn(values: readonly string[], options: KeyedOptions = {}): PropertyDecorator {
  const generic = m.oneOf({ values: listOf(values, 'disjunction') });
  return validator.IsIn([...values], keyed(generic, options));
}

/** A pattern says nothing to a person: its message is required. */
export function Matches(
  pattern: RegExp,
  options: KeyedOptions & { message: Message },
): PropertyDecorator {
  return validator.Matches(pattern, keyed(options.message, options));
}

const validating = new WeakMap<object, boolean>();

/** Whether an input class has validators, which type-graphql runs on arguments of its type. */
export function hasValidators(input: abstract new (...args: never[]) => unknown): boolean {
  let found = validating.get(input);
  if (found === undefined) {
    found =
      validator.getMetadataStorage().getTargetValidationMetadatas(input, '', true, false).length >
      0;
    validating.set(input, found);
  }
  return found;
}

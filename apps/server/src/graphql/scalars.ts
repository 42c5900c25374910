import { MONEY_LIMIT, type MoneyProblem, moneyProblem, parseMoney } from '@cei/domain';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { DateTimeResolver, JSONResolver, LocalDateResolver } from 'graphql-scalars';
import { InvalidValueError } from '../common/errors.js';
import type { Message } from '../i18n/messages.js';
import { graphqlMessages as m } from './graphql.messages.js';

const localDate = LocalDateResolver.toConfig();

/** PostgreSQL has no year 0; ISO 8601's four digits end at 9999. */
function inDateRange(date: unknown): unknown {
  if (typeof date === 'string' && date.startsWith('0000-')) refuse(m.dateOutOfRange());
  return date;
}

/** A calendar date, `YYYY-MM-DD`, kept as a string end to end (no time-zone drift). */
export const DateScalar = new GraphQLScalarType({
  ...localDate,
  name: 'Date',
  description: 'A calendar date in ISO 8601 form, `YYYY-MM-DD`, from 0001-01-01 to 9999-12-31.',
  parseValue: (value) => inDateRange(localDate.parseValue?.(value)),
  parseLiteral: (ast, variables) => inDateRange(localDate.parseLiteral?.(ast, variables)),
});

/** An instant, serialized as ISO 8601 with offset. */
export const DateTimeScalar = new GraphQLScalarType({
  ...DateTimeResolver.toConfig(),
  name: 'DateTime',
  description: 'An instant in ISO 8601 form, e.g. `2022-06-16T16:00:00.000Z`.',
});

const MONEY_PROBLEMS: Readonly<Record<MoneyProblem, () => Message>> = {
  notAnAmount: () => m.notAnAmount(),
  negative: () => m.negativeAmount(),
  tooLarge: () => m.amountTooLarge({ limit: MONEY_LIMIT }),
};

/** A refused value: graphql-js adds where it was given; graphql/errors.ts words it. */
function refuse(problem: Message): never {
  const refusal = new InvalidValueError(problem);
  throw new GraphQLError(refusal.message, { originalError: refusal });
}

function parseDecimal(value: unknown): string {
  if (typeof value !== 'string' && typeof value !== 'number') refuse(m.notAnAmount());
  const problem = moneyProblem(String(value));
  if (problem) refuse(MONEY_PROBLEMS[problem]());
  return parseMoney(String(value));
}

/** Money as an exact decimal string with two places: never a float. */
export const DecimalScalar = new GraphQLScalarType({
  name: 'Decimal',
  description:
    'An exact decimal amount of US dollars as a string with at most two decimal places, e.g. "30000.00".',
  serialize: (value) => String(value),
  parseValue: parseDecimal,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING && ast.kind !== Kind.INT && ast.kind !== Kind.FLOAT) {
      refuse(m.notAnAmount());
    }
    return parseDecimal(ast.value);
  },
});

/** Free-form JSON, for audit log details. */
export const JsonScalar = new GraphQLScalarType({
  ...JSONResolver.toConfig(),
  name: 'JSON',
  description: 'Any JSON value.',
});

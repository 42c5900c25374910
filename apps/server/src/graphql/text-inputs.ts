import type { ApolloServerPlugin } from '@apollo/server';
import { type DocumentNode, GraphQLError, Kind, type ValueNode, visit } from 'graphql';
import { type FieldProblem, InvalidInputError } from '../common/errors.js';
import { bodyWasNotUtf8 } from '../http/error-answers.js';
import type { Message } from '../i18n/messages.js';
import type { Context } from './context.js';
import { graphqlMessages as m } from './graphql.messages.js';

/**
 * Text no column can hold is refused before anything runs, as a field error naming where it was
 * given: PostgreSQL refuses a NUL character (the request would fail deep inside as an internal
 * error), a lone surrogate cannot be written as UTF-8, and bytes that were not UTF-8 arrive as
 * replacement characters that would be stored in place of what the person typed.
 */
export const textInputsPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document, contextValue }) {
        const notUtf8 = bodyWasNotUtf8(contextValue.http.request);
        const problems = [
          ...variableProblems(request.variables ?? {}, notUtf8),
          ...literalProblems(document, notUtf8),
        ];
        if (notUtf8 && problems.length === 0)
          problems.push({ path: 'query', message: m.notUtf8() });
        if (problems.length === 0) return;
        const refusal = new InvalidInputError(problems);
        throw new GraphQLError(refusal.message, {
          originalError: refusal,
          extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
        });
      },
    };
  },
};

/** In a `u` regular expression a well-formed pair is one code point; only halves are Cs. */
const LONE_SURROGATE = /\p{Cs}/u;

function textProblem(text: string, notUtf8: boolean): Message | undefined {
  if (text.includes('\u0000')) return m.nulCharacter();
  if (LONE_SURROGATE.test(text)) return m.loneSurrogate();
  if (notUtf8 && text.includes('\uFFFD')) return m.notUtf8();
  return undefined;
}

/** Paths as graphql-js writes them: `input.rows[2].name`. */
function variableProblems(value: unknown, notUtf8: boolean, path = ''): FieldProblem[] {
  if (typeof value === 'string') {
    const message = textProblem(value, notUtf8);
    return message ? [{ path: path || 'input', message }] : [];
  }
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => variableProblems(item, notUtf8, `${path}[${index}]`));
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) =>
      variableProblems(item, notUtf8, path ? `${path}.${key}` : key),
    );
  }
  return [];
}

/**
 * The problems of each parsed query's own strings, for bodies that were UTF-8: Apollo keeps one
 * document per query text, so a query sent again is not walked again.
 */
const literalProblemsOf = new WeakMap<DocumentNode, FieldProblem[]>();

/** Strings written in the query itself, by argument: `input.givenName`. */
function literalProblems(document: DocumentNode, notUtf8: boolean): FieldProblem[] {
  if (notUtf8) return walkLiterals(document, true);
  let problems = literalProblemsOf.get(document);
  if (!problems) {
    problems = walkLiterals(document, false);
    literalProblemsOf.set(document, problems);
  }
  return problems;
}

function walkLiterals(document: DocumentNode, notUtf8: boolean): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const walk = (node: ValueNode, path: string) => {
    if (node.kind === Kind.STRING) {
      const message = textProblem(node.value, notUtf8);
      if (message) problems.push({ path, message });
    } else if (node.kind === Kind.LIST) {
      node.values.forEach((item, index) => {
        walk(item, `${path}[${index}]`);
      });
    } else if (node.kind === Kind.OBJECT) {
      for (const field of node.fields) walk(field.value, `${path}.${field.name.value}`);
    }
  };
  visit(document, {
    Argument: (argument) => {
      walk(argument.value, argument.name.value);
    },
  });
  return problems;
}

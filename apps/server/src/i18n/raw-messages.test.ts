import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ForbiddenError, InvalidInputError } from '../common/errors.js';
import { validationMessages } from '../common/validation.messages.js';

/**
 * No message a person reads is written as a raw string. The types do most of it: domain errors,
 * field problems and validators take a catalog `Message`, never a string (checked below with
 * `@ts-expect-error`, which `tsc --noEmit` fails on once a string would pass). This scan covers
 * what the types cannot see: class-validator's own decorators (which take strings), GraphQLErrors
 * with a text of their own, and catalogs or messages made outside the catalog files.
 */

const SRC = fileURLToPath(new URL('..', import.meta.url));

function sourceFiles(directory = SRC): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

const RULES: { why: string; pattern: RegExp; except?: RegExp }[] = [
  {
    why: 'validators come from common/validation.ts, which keys their messages',
    pattern: /^import (?!type )[^;]*from 'class-validator'/m,
    except: /^common\/validation\.ts$/,
  },
  {
    why: 'a class-validator `message:` is a catalog Message, not a text',
    pattern: /\bmessage:\s*['"`]/,
  },
  {
    why: 'a domain error takes a catalog Message, not a text',
    pattern:
      /new (?:InvalidInputError|ForbiddenError|ConflictError|UnauthenticatedError|DomainError|InvalidValueError)\(\s*['"`]|InvalidInputError\.field\([^,]+,\s*['"`]/,
  },
  {
    why: "a GraphQLError's text is a domain error's (its originalError), not a text of its own",
    pattern: /new GraphQLError\(\s*['"`]/,
  },
  {
    why: "a plain HTTP answer's text is a catalog Message rendered in the request's language",
    pattern: /\.send\(\s*['"]/,
  },
  {
    why: 'catalogs live in *.messages.ts files, which the catalog test reads',
    pattern: /\bdefineMessages\(/,
    except: /(\.messages\.ts|^i18n\/messages\.ts)$/,
  },
  {
    why: 'a Message comes from a catalog, whose key exists',
    pattern: /new Message\(/,
    except: /^i18n\/messages\.ts$/,
  },
];

/** Each rule a source breaks, as `file:line why`. */
function rawMessages(file: string, source: string): string[] {
  return RULES.flatMap(({ why, pattern, except }) => {
    if (except?.test(file)) return [];
    const found = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`);
    return [...source.matchAll(found)].map(
      (match) => `${file}:${source.slice(0, match.index).split('\n').length} ${why}`,
    );
  });
}

describe('server messages', () => {
  it('are never written as raw strings', () => {
    const found = sourceFiles().flatMap((path) =>
      rawMessages(relative(SRC, path), readFileSync(path, 'utf8')),
    );
    expect(found).toEqual([]);
  });

  it('are caught by the scan when written as raw strings', () => {
    const offending = [
      "import { IsEmail, Length } from 'class-validator';",
      "  @Matches(/^\\d{2}$/, { message: 'must be two digits' })",
      "    throw new ForbiddenError('You may not.');",
      "    throw InvalidInputError.field('input.name', `must not be blank`);",
      "    throw new GraphQLError('Too many requests.', { extensions: { code } });",
      "    response.status(404).type('text/plain').send('Not found');",
      "export const m = defineMessages('dashboards', {});",
      "const message = new Message('dashboards.title');",
    ].join('\n');
    expect(rawMessages('dashboards/dashboard.service.ts', offending)).toHaveLength(8);
    const fine = [
      "import type { ValidationError } from 'class-validator';",
      "import { IsEmail, Length } from '../common/validation.js';",
      '  @Matches(/^\\d{2}$/, { message: m.countyCodeFormat() })',
      "    throw InvalidInputError.field('input.name', m.required());",
      '    throw new GraphQLError(refusal.message, { originalError: refusal });',
    ].join('\n');
    expect(rawMessages('dashboards/dashboard.service.ts', fine)).toEqual([]);
    expect(rawMessages('dashboards/dashboard.messages.ts', "defineMessages('x', {})")).toEqual([]);
  });

  it('are typed to take catalog messages only', () => {
    // Never called: `tsc --noEmit` checks that each line is refused.
    const rawStringsRefused = () => [
      // @ts-expect-error a field problem is a Message, not a text
      InvalidInputError.field('input.name', 'must not be empty'),
      // @ts-expect-error a domain error is a Message, not a text
      new ForbiddenError('You may not.'),
      // @ts-expect-error a message's parameters are those its texts name
      validationMessages.length({ min: 1 }),
      // @ts-expect-error a field problem is a Message, not a text
      new InvalidInputError([{ path: 'input.name', message: 'must not be empty' }]),
    ];
    expect(rawStringsRefused).toBeTypeOf('function');
  });
});

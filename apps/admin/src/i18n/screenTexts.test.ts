import { parseAst } from 'vite';
import { describe, expect, it } from 'vitest';
import { resources } from '../resources';
import { en } from './en';
import { es } from './es';
import { type MessageTree, messageAt } from './messages';

/**
 * What the screens' source says about the texts they show, read from its syntax tree: nothing a
 * person reads is written out in English (it is a message key), and every field a screen labels
 * from its `source` has a label in both languages (react-admin would otherwise derive an English
 * one from the field's name, in Spanish too).
 */

const sources = import.meta.glob('../**/*.{ts,tsx}', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** Texts nobody using the app reads: a broken build's message to its developer. */
const FOR_DEVELOPERS = new Set(['index.html has no #root element.']);

const files = Object.entries(sources)
  .filter(([file]) => !file.includes('.test.'))
  .map(([file, text]) => ({ file, text: String(text) }));

const KEY = /^(ra|cei|resources)\.[A-Za-z0-9_.]+$/;
/** Attributes whose string is shown or read out. */
const TEXT_ATTRIBUTES = new Set([
  'label',
  'title',
  'aria-label',
  'helperText',
  'placeholder',
  'emptyText',
  'alt',
  'primaryText',
  'secondaryText',
  'submitLabel',
  'confirm',
  'content',
  'valueLabelTrue',
  'valueLabelFalse',
]);
/** Calls whose string argument is shown: notices, react-admin validators, errors. */
const TEXT_CALLS = new Set([
  'notify',
  'required',
  'minLength',
  'maxLength',
  'minValue',
  'maxValue',
  'regex',
  'email',
  'number',
  'choices',
  'Error',
  'HttpError',
]);

type Node = { type: string; start: number; [key: string]: unknown };

function children(node: Node): Node[] {
  const found: Node[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'parent') continue;
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item && typeof item === 'object' && typeof (item as Node).type === 'string')
        found.push(item as Node);
    }
  }
  return found;
}

function elementName(name: Node): string {
  if (name.type === 'JSXIdentifier') return name.name as string;
  if (name.type === 'JSXMemberExpression')
    return `${elementName(name.object as Node)}.${elementName(name.property as Node)}`;
  return '';
}

/** A string an attribute or argument holds when it is written out: `"x"`, `{'x'}`, `{`x`}`. */
function literalText(node: Node | null | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'JSXExpressionContainer') return literalText(node.expression as Node);
  if (node.type === 'TemplateLiteral' && (node.expressions as Node[]).length === 0)
    return ((node.quasis as Node[])[0]?.value as { cooked: string } | undefined)?.cooked;
  return undefined;
}

function attributes(element: Node): Map<string, Node | null> {
  const found = new Map<string, Node | null>();
  const opening = element.openingElement as Node;
  for (const attribute of opening.attributes as Node[]) {
    if (attribute.type === 'JSXAttribute')
      found.set((attribute.name as Node).name as string, attribute.value as Node | null);
  }
  return found;
}

const readsAsText = (text: string) =>
  /[A-Za-z]/.test(text) && !KEY.test(text) && !FOR_DEVELOPERS.has(text);

const parse = (file: string, text: string) =>
  parseAst(text, { lang: file.endsWith('.tsx') ? 'tsx' : 'ts' }) as unknown as Node;

function line(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/** Texts written out in English: JSX text, shown attributes, notices, validators' messages. */
function hardCodedTexts(file: string, text: string): string[] {
  const found: string[] = [];
  const report = (node: Node, value: string) =>
    found.push(`${file.slice(3)}:${line(text, node.start)} "${value.trim()}"`);
  const walk = (node: Node) => {
    if (node.type === 'JSXText' && readsAsText(String(node.value)))
      report(node, String(node.value));
    if (node.type === 'JSXElement') {
      for (const [name, value] of attributes(node)) {
        const shown = literalText(value);
        if (TEXT_ATTRIBUTES.has(name) && shown !== undefined && readsAsText(shown))
          report(node, shown);
      }
      for (const child of node.children as Node[]) {
        const shown = child.type === 'JSXExpressionContainer' ? literalText(child) : undefined;
        if (shown !== undefined && readsAsText(shown)) report(child, shown);
      }
    }
    if (node.type === 'CallExpression' || node.type === 'NewExpression') {
      const callee = node.callee as Node;
      const name = callee.type === 'Identifier' ? (callee.name as string) : undefined;
      if (name && TEXT_CALLS.has(name)) {
        for (const argument of node.arguments as Node[]) {
          const shown = literalText(argument);
          if (shown !== undefined && readsAsText(shown)) report(argument, shown);
        }
      }
    }
    // An arrow function that returns a text, e.g. `text={() => 'Letter'}`.
    if (node.type === 'ArrowFunctionExpression' && (node.body as Node).type === 'Literal') {
      const shown = literalText(node.body as Node);
      if (shown !== undefined && readsAsText(shown) && /\s/.test(shown)) report(node, shown);
    }
    for (const child of children(node)) walk(child);
  };
  walk(parse(file, text));
  return found;
}

/**
 * The resource a screen file shows, by its name (`teams/TeamShow.tsx` → `teams`), for the files
 * whose fields name a `source`; the table holds the files whose name does not say it.
 */
const RESOURCE_OF_FILE: Record<string, string> = {
  '../accounts/ApiTokenPanel.tsx': 'apiTokens',
  '../applications/RubricEditor.tsx': 'rubricCriteria',
  '../applications/ReviewPage.tsx': 'reviews',
  '../auth/ChangePasswordPage.tsx': 'accounts',
  '../funding/FundingActions.tsx': 'stipends',
  '../outcomes/FollowUps.tsx': 'followUps',
  '../rosters/EndMembershipButton.tsx': 'memberships',
  '../rosters/VacancyList.tsx': 'vacancies',
};
const IRREGULAR: Record<string, string> = {
  Person: 'people',
  Vacancy: 'vacancies',
  LeadAgency: 'leadAgencies',
  Attendance: 'attendances',
};
const resourceNames = new Set(resources.map((resource) => resource.props.name));

function resourceOfFile(file: string): string | undefined {
  if (RESOURCE_OF_FILE[file]) return RESOURCE_OF_FILE[file];
  const base = /\/([A-Z][A-Za-z]*?)(List|Show|Edit|Create|Inputs|Actions|Forms|Badges)?\.tsx$/.exec(
    file,
  );
  if (!base) return undefined;
  const noun = base[1] as string;
  const name = IRREGULAR[noun] ?? `${noun.charAt(0).toLowerCase()}${noun.slice(1)}s`;
  return resourceNames.has(name) ? name : undefined;
}

/** The source of the pickers that have one by default (`<CohortReferenceInput />`). */
const DEFAULT_SOURCE: Record<string, string> = {
  CohortReferenceInput: 'cohortId',
  TeamReferenceInput: 'teamId',
  PersonReferenceInput: 'personId',
  ProgramYearInput: 'programYear',
};

/** Elements whose children belong to another resource (a team's memberships). */
function resourceOfElement(name: string, props: Map<string, Node | null>): string | undefined {
  const reference = literalText(props.get('reference'));
  if (reference && /^Reference(Many|Array|One)?Field$/.test(name)) return reference;
  if (name === 'ResourceContextProvider') return literalText(props.get('value'));
  if (props.has('resource') && name !== 'CreateButton' && name !== 'EditButton')
    return literalText(props.get('resource'));
  return undefined;
}

interface LabelledField {
  place: string;
  key: string;
}

/**
 * The label keys react-admin builds from `source` props (`resources.<resource>.fields.<source>`),
 * for fields without their own `label`. A table column's header is its own `source`'s label: the
 * fields inside a column are not labelled. And the fields labelled by a screen text
 * (`label="cei.…"`) that says what that key says, in English or in Spanish: a second copy of the
 * field's label, which is written once (the domain's field labels, a resource's override).
 */
function labelledFields(
  file: string,
  text: string,
): { fields: LabelledField[]; unknown: boolean; copies: string[] } {
  const fields: LabelledField[] = [];
  const copies: string[] = [];
  let unknown = false;
  const walk = (node: Node, resource: string | undefined, inColumn: boolean) => {
    let inner = resource;
    let column = inColumn;
    if (node.type === 'JSXElement') {
      const name = elementName((node.openingElement as Node).name as Node);
      const props = attributes(node);
      const source =
        literalText(props.get('source')) ??
        (props.has('source') ? undefined : DEFAULT_SOURCE[name]);
      const label = literalText(props.get('label'));
      if (source && resource && label?.startsWith('cei.')) {
        const key = `resources.${resource}.fields.${source}`;
        const same = [en, es].some((catalog) => {
          const own = messageAt(catalog as unknown as MessageTree, key);
          return own !== undefined && own === messageAt(catalog as unknown as MessageTree, label);
        });
        if (same) copies.push(`${file.slice(3)}:${line(text, node.start)} ${label}: ${key}`);
      }
      if (source && !inColumn && !props.has('label') && name !== 'SearchInput') {
        if (resource) {
          fields.push({
            place: `${file.slice(3)}:${line(text, node.start)}`,
            key: `resources.${resource}.fields.${source}`,
          });
        } else unknown = true;
      }
      inner = resourceOfElement(name, props) ?? resource;
      // A column's header, or a `Labeled`'s label, stands for the fields inside it.
      column = inColumn || name === 'DataTable.Col' || name === 'Labeled';
    }
    for (const child of children(node)) walk(child, inner, column);
  };
  walk(parse(file, text), resourceOfFile(file), false);
  return { fields, unknown, copies };
}

describe('the screens’ texts', () => {
  it('are message keys, never English written out', () => {
    const found = files.flatMap(({ file, text }) => hardCodedTexts(file, text));
    expect(found).toEqual([]);
  });

  it('name the resource of every file whose fields are labelled from their source', () => {
    const unknown = files
      .filter(({ file, text }) => labelledFields(file, text).unknown)
      .map(({ file }) => file);
    expect(unknown, 'add these files to RESOURCE_OF_FILE').toEqual([]);
  });

  it('label a field by its source, never by a screen text copying its label', () => {
    expect(files.flatMap(({ file, text }) => labelledFields(file, text).copies)).toEqual([]);
  });

  const fields = files.flatMap(({ file, text }) => labelledFields(file, text).fields);
  const byKey = new Map<string, string>();
  for (const field of fields) if (!byKey.has(field.key)) byKey.set(field.key, field.place);

  it.each([...byKey].sort().map(([key, place]) => ({ key, place })))(
    'label $key in English and Spanish ($place)',
    ({ key }) => {
      expect(messageAt(en as unknown as MessageTree, key), `en ${key}`).toBeTypeOf('string');
      expect(messageAt(es as unknown as MessageTree, key), `es ${key}`).toBeTypeOf('string');
    },
  );
});

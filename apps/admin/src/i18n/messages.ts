/**
 * A tree of messages with exactly the keys of `T`, each leaf a string: the Spanish of an English
 * tree typed this way cannot miss a key or add one (the parity test checks the rest: the
 * `{placeholders}` and plural parts of each text, and react-admin's own messages).
 */
export type MessagesLike<T> = {
  [K in keyof T]: T[K] extends string ? string : MessagesLike<T[K]>;
};

/** A message tree as nested objects with string leaves. */
export interface MessageTree {
  [key: string]: string | MessageTree;
}

/** Every key of a tree with its text, as dotted paths: `cei.vacancies.due` → "Due in…". */
export function flattenMessages(tree: MessageTree, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') flat.set(path, value);
    else for (const [inner, text] of flattenMessages(value, path)) flat.set(inner, text);
  }
  return flat;
}

/** The text at a dotted key, if the tree has one there. */
export function messageAt(tree: MessageTree, key: string): string | undefined {
  let node: string | MessageTree | undefined = tree;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/**
 * react-admin's own messages with their `%{name}` placeholders written `{name}`, the one syntax
 * of this app's messages and the server's (@cei/domain, placeholders.ts).
 */
export function withBracePlaceholders<T>(tree: T): T {
  if (typeof tree === 'string') return tree.replace(/%\{(\w+)\}/g, '{$1}') as T;
  if (typeof tree !== 'object' || tree === null) return tree;
  return Object.fromEntries(
    Object.entries(tree).map(([key, value]) => [key, withBracePlaceholders(value)]),
  ) as T;
}

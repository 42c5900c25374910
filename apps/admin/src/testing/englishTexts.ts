import { labels, PLACEHOLDER } from '@cei/domain';
import { en } from '../i18n/en';
import { es } from '../i18n/es';
import { flattenMessages, type MessageTree } from '../i18n/messages';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A message's text as a pattern: each `{value}` matches any text. */
const pattern = (text: string) =>
  new RegExp(
    `^${text.replace(PLACEHOLDER, '\u0000').split('\u0000').map(escapeRegExp).join('.+?')}$`,
  );

/**
 * The English texts a Spanish screen must not show: those of `en.ts` (react-admin's, the
 * screens', the resources') and of the domain's labels that the Spanish says differently.
 */
function englishOnlyPatterns(): RegExp[] {
  const english = flattenMessages(en as unknown as MessageTree);
  const spanish = flattenMessages(es as unknown as MessageTree);
  const patterns: RegExp[] = [];
  // Every resource has every field label: each text once.
  const seen = new Set<string>();
  for (const [key, text] of english) {
    const parts = text.split('||||').map((part) => part.trim());
    const spanishParts = (spanish.get(key) ?? '').split('||||').map((part) => part.trim());
    parts.forEach((part, index) => {
      const literal = part.replace(PLACEHOLDER, '');
      // Too short to tell a language by ("{name}", "#{n}"), or the same in Spanish ("PDF").
      if (literal.replace(/[^A-Za-z]/g, '').length < 3) return;
      if (pattern(part).test(spanishParts[index] ?? '') || part === spanishParts[index]) return;
      if (seen.has(part)) return;
      seen.add(part);
      patterns.push(pattern(part));
    });
  }
  for (const [name, values] of Object.entries(labels.en)) {
    for (const [value, text] of Object.entries(values)) {
      const spanishText = (labels.es as Record<string, Record<string, string>>)[name]?.[value];
      if (spanishText !== text) patterns.push(new RegExp(`^${escapeRegExp(text)}$`));
    }
  }
  return patterns;
}

const englishOnly = englishOnlyPatterns();

/**
 * Of the texts a screen shows (each a whole text node or attribute), those that are an English
 * message. Whole texts are compared, so records' own data ("Azusa Unified School District")
 * never counts as interface text left in English.
 */
export function englishAmong(texts: string[]): string[] {
  return texts.filter((text) => englishOnly.some((english) => english.test(text)));
}

/**
 * Every text a person reads or hears on the page: text, labels, titles, placeholders. Runs in the
 * page (a browser test passes it to `page.evaluate`) or on a test's DOM; hidden elements are left
 * out where the browser can tell.
 */
export function shownTexts(root: HTMLElement): string[] {
  const visible = (element: Element | null) =>
    !element || typeof element.checkVisibility !== 'function' || element.checkVisibility();
  const texts: string[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim();
    if (text && visible(node.parentElement)) texts.push(text);
  }
  for (const element of root.querySelectorAll('[aria-label],[title],[placeholder]')) {
    if (!visible(element)) continue;
    for (const attribute of ['aria-label', 'title', 'placeholder']) {
      const text = element.getAttribute(attribute)?.trim();
      if (text) texts.push(text);
    }
  }
  return texts;
}

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** axe-core's browser build, injected into the page under test. */
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** One failed rule, as much as a failure message needs to find the element. */
export interface AxeFinding {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * The serious and critical accessibility violations axe-core finds on what the page shows now
 * (or, given `within`, in the first element that selector finds)
 * (WCAG 2.1 A and AA rules plus axe's best practices). Minor and moderate findings are not
 * failures under issue 5, so they are left out.
 */
export async function seriousAxeViolations(
  page: Page,
  within?: string,
  exclude?: string,
): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    // Evaluated through the browser's debugging protocol, which the page's CSP (script-src 'self')
    // does not govern: an inline <script> tag would be refused, as it should be.
    await page.evaluate(axeSource);
  }
  const violations = await page.evaluate(
    async ([selector, left]) => {
      const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } })
        .axe;
      // `within`: one part of the page (a dialog over a screen checked elsewhere); `exclude`: a
      // part drawn by a third-party library, whose insides are not ours to change.
      const root = selector ? document.querySelector(selector) : document;
      const context = left ? { include: [root], exclude: [left] } : root;
      const result = (await axe.run(context, {
        runOnly: {
          type: 'tag',
          values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
        },
      })) as {
        violations: {
          id: string;
          impact: string | null;
          help: string;
          nodes: { target: unknown[]; failureSummary?: string }[];
        }[];
      };
      return result.violations.map((violation) => ({
        rule: violation.id,
        impact: violation.impact ?? 'unknown',
        help: violation.help,
        targets: violation.nodes.map(
          (node) =>
            `${node.target.map(String).join(' ')}: ${(node.failureSummary ?? '').split('\n').slice(1).join(' ').trim()}`,
        ),
      }));
    },
    [within, exclude] as const,
  );
  return violations.filter(
    (finding) => finding.impact === 'serious' || finding.impact === 'critical',
  );
}

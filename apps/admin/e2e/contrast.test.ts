import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AA_TEXT_CONTRAST, contrastRatio, over } from '../src/layout/contrast';
import { accessiblePalette } from '../src/layout/palette';
import { launchChromium, missingChromium, mustFailWithoutChromium } from './chromium';
import { DEMO_PASSWORD, startServer, type TestServer } from './server';
import { closeTabs, openTab, signIn, type Tab } from './session';

if (missingChromium && mustFailWithoutChromium) {
  it('runs the contrast tests in Chromium (CI=true)', () => {
    throw new Error(missingChromium);
  });
}

/**
 * Issue 14, point 10: the red Delete on an edit screen's grey toolbar, measured as drawn (its
 * computed colour over the first opaque background behind it, at rest and under the pointer),
 * reaches WCAG AA's 4.5:1. With MUI's own red (#d32f2f) it measured 3.8:1; axe-core saw it only
 * when the button had been drawn before it ran, which is why that check passed and failed on the
 * same build.
 */
describe.skipIf(!!missingChromium)('the Delete button on an edit toolbar', () => {
  let server: TestServer;
  let browser: Browser;
  const tabs: Tab[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  afterEach(({ task }) => closeTabs(tabs, task));

  it('is drawn in the palette’s red at 4.5:1 or more on the team edit screen', async () => {
    const { data } = await server.graphql<{ teams: { nodes: { id: string }[] } }>(
      '{ teams(limit: 1) { nodes { id } } }',
    );
    const teamId = data?.teams.nodes[0]?.id;
    if (!teamId) throw new Error('The demo data has no team.');
    const tab = await openTab(browser);
    tabs.push(tab);
    const { page } = tab;
    await signIn(page, server.url, 'admin@example.org', DEMO_PASSWORD);
    await page.goto(`${server.url}/#/teams/${encodeURIComponent(teamId)}`);
    const deleteButton = page.getByRole('button', { name: 'Delete', exact: true });
    await deleteButton.waitFor();

    const drawn = () =>
      deleteButton.evaluate((button) => {
        const opaqueBackground = (from: Element | null): string => {
          for (let element = from; element; element = element.parentElement) {
            const colour = getComputedStyle(element).backgroundColor;
            if (colour !== 'transparent' && !/,\s*0\)$/.test(colour)) return colour;
          }
          return 'rgb(255, 255, 255)';
        };
        return {
          text: getComputedStyle(button).color,
          own: getComputedStyle(button).backgroundColor,
          behind: opaqueBackground(button.parentElement),
        };
      });
    const ratio = ({ text, own, behind }: { text: string; own: string; behind: string }) =>
      contrastRatio(text, own === 'rgba(0, 0, 0, 0)' ? behind : over(own, behind));

    await page.mouse.move(0, 0);
    const atRest = await drawn();
    expect(atRest.text).toBe('rgb(183, 28, 28)'); // accessiblePalette.error.main
    expect(accessiblePalette.error.main).toBe('#b71c1c');
    expect(ratio(atRest)).toBeGreaterThanOrEqual(AA_TEXT_CONTRAST);
    // The same measure with MUI's red fails: the test can tell the old colour from the new.
    expect(contrastRatio('#d32f2f', atRest.behind)).toBeLessThan(AA_TEXT_CONTRAST);

    await deleteButton.hover();
    expect(ratio(await drawn())).toBeGreaterThanOrEqual(AA_TEXT_CONTRAST);
  });
});

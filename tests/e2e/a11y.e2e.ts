/**
 * Accessibility: axe-core (WCAG 2.x A and AA rules, colour contrast included) scans the reader view in its shadow root,
 * the popup and the options page, each in the light and the dark scheme, and finds nothing. In Chromium only: axe is
 * put into extension pages over the DevTools protocol, and the markup and styles it judges are the same in Firefox.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleReply } from '../../src/extension/protocol';
import { type ChromiumHarness, E2E_BROWSER, launchBrowser } from './harness';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Violation {
  id: string;
  impact: string | null;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/**
 * axe's findings for `scope` (a selector; a shadow host's tree is scanned with it), as `id: targets` lines. The
 * script is evaluated over the DevTools protocol, which extension pages' script policy does not stop.
 */
async function violations(page: Page, scope: string): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const found = (await page.evaluate(
    async ({ scope, tags }) => {
      const axe = (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<unknown> } }).axe;
      const result = (await axe.run({ include: [[scope]] }, { runOnly: { type: 'tag', values: tags } })) as {
        violations: Violation[];
        passes: unknown[];
        incomplete: Violation[];
      };
      const unmeasured = result.incomplete.filter((r) => r.id === 'color-contrast');
      return {
        violations: result.violations,
        passes: result.passes.length,
        incomplete: unmeasured.flatMap((r) => r.nodes.map((n) => JSON.stringify(n.target))),
      };
    },
    { scope, tags: WCAG_AA },
  )) as { violations: Violation[]; passes: number; incomplete: string[] };
  // A scan that checked nothing would pass anything; one that could not tell a contrast has not checked it.
  expect(found.passes).toBeGreaterThan(3);
  expect(found.incomplete).toEqual([]);
  return found.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join('; ')}`,
  );
}

/**
 * The reader view as axe can measure it. axe finds no background for elements outside <body>, and the view's host
 * sits after it, under <html>, out of reach of the site's body styles: for the scan it is moved into <body> (the
 * overlay paints its own opaque background, so the colours measured are the same). axe measures only what is on
 * screen: the window is made tall enough to show the whole article.
 */
async function readerInBody(page: Page): Promise<void> {
  await page.evaluate(() => document.body.append(document.querySelector('qingdu-reader')!));
  const height = await page.evaluate(
    () => document.querySelector('qingdu-reader')!.shadowRoot!.querySelector('.overlay')!.scrollHeight,
  );
  await page.setViewportSize({ width: 1280, height: Math.min(height + 100, 16_000) });
}

describe.skipIf(E2E_BROWSER !== 'chromium')('accessibility', () => {
  let h: ChromiumHarness;

  beforeAll(async () => {
    h = await launchBrowser();
  });

  afterAll(async () => {
    await h?.close();
  });

  describe('the scan', () => {
    it('reaches into the reader view’s shadow root: a grey-on-grey line planted there is found', async () => {
      const { page, tabId } = await h.openPage('/fixtures/portal/article.html');
      await h.sendToTab(tabId, { type: 'qingdu:clean', mode: 'reader' });
      // Planted at the top of the article, on screen whatever the window's size: axe measures only what is shown.
      await page.evaluate(() => {
        const article = document.querySelector('qingdu-reader')!.shadowRoot!.querySelector('article')!;
        const line = document.createElement('p');
        line.style.cssText = 'color: #bbb; background: #ccc';
        line.textContent = '看不清的一行字';
        article.prepend(line);
      });
      await readerInBody(page);
      expect((await violations(page, 'qingdu-reader')).join('\n')).toMatch(/^color-contrast/);
      await page.close();
    });
  });

  describe.each(['light', 'dark'] as const)('axe-core, %s scheme', (scheme) => {
    it('finds nothing in the reader view', async () => {
      const { page, tabId } = await h.openPage('/fixtures/portal/article.html');
      await page.emulateMedia({ colorScheme: scheme });
      const reply = await h.sendToTab<ArticleReply>(tabId, { type: 'qingdu:clean', mode: 'reader' });
      expect(reply.ok).toBe(true);
      await readerInBody(page);
      expect(await violations(page, 'qingdu-reader')).toEqual([]);
      await page.close();
    });

    it('finds nothing in the reader view of a page whose garbled text was repaired', async () => {
      const { page, tabId } = await h.openPage('/fixtures/seeds/002.html');
      await page.emulateMedia({ colorScheme: scheme });
      await h.sendToTab(tabId, { type: 'qingdu:clean', mode: 'reader' });
      const notice = await page.evaluate(
        () => document.querySelector('qingdu-reader')?.shadowRoot?.querySelector('.notice')?.textContent ?? '',
      );
      expect(notice).toMatch(/garbled/i);
      await readerInBody(page);
      expect(await violations(page, 'qingdu-reader')).toEqual([]);
      await page.close();
    });

    it('finds nothing in the popup, slogans shown', async () => {
      const { page, tabId } = await h.openPage('/fixtures/portal/article.html');
      const popup = await h.openPopup(tabId);
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.locator('[data-slogans="ready"]').waitFor({ timeout: 20_000 });
      expect(await violations(popup, 'body')).toEqual([]);
      await popup.close();
      await page.close();
    });

    it('finds nothing in the options page', async () => {
      const options = await h.context.newPage();
      await options.emulateMedia({ colorScheme: scheme });
      await options.goto(`chrome-extension://${h.extensionId}/options.html`);
      await options.locator('[data-setting="citationStyle"]').waitFor({ timeout: 10_000 });
      expect(await violations(options, 'body')).toEqual([]);
      await options.close();
    });
  });
});

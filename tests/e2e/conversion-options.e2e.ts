/**
 * The reader's conversion options in Chromium with the built extension: set on the options page, applied to a live
 * page (the reader's own phrases before OpenCC's, corner quotation marks around Chinese text only), the reader view's
 * marks on characters decided by context, and the page put back exactly.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchTestBrowser, type Harness } from './harness';

let h: Harness;

beforeAll(async () => {
  h = await launchTestBrowser();
});

afterAll(async () => {
  await h?.close();
});

describe('conversion options', () => {
  it('are set on the options page and applied to the page, the reader view and back', async () => {
    const options = await h.context.newPage();
    await options.goto(`${h.extensionOrigin}/options.html`);
    await options.locator('[data-setting=cornerQuotes]').check();
    await options.locator('[data-setting=markChoices]').check();
    await options.locator('[data-phrases=toTraditional] textarea').fill('头发 頭毛\nnot a pair at all');
    await options.locator('[data-phrases=toTraditional] [data-action=save-phrases]').click();
    await expect.poll(() => options.locator('.status').textContent()).toContain('not a pair at all');
    const stored = await h.inExtension(async () => (await chrome.storage.local.get('settings')).settings, null);
    expect(stored).toMatchObject({
      version: 2,
      conversion: { cornerQuotes: true, markChoices: true, phrases: { toTraditional: [{ from: '头发', to: '頭毛' }] } },
    });
    await options.reload();
    await expect.poll(() => options.locator('[data-phrases=toTraditional] textarea').inputValue()).toBe('头发 頭毛');
    await options.close();

    const { page, tabId } = await h.openPage('/fixtures/convert/simplified.html');
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    // The reader view open first, then the script switched: the view follows, converted from the page as published.
    await h.sendToTab(tabId, { type: 'qingdu:clean', mode: 'reader' });
    await h.sendToTab(tabId, { type: 'qingdu:convert', target: 'tw' });
    expect(await page.locator('#quote').textContent()).toBe(
      '范平明說：「保護頭毛，27天後出發，要把『雲上谷城』建設好。」',
    );
    expect(await page.locator('#english').textContent()).toBe('He said “it’s fine”, and ‘that’s all’.');
    expect(await page.locator('body > h1').textContent()).toBe('縣委書記范平明調研農業發展');

    const marks = await page.evaluate(() =>
      [...(document.querySelector('qingdu-reader')?.shadowRoot?.querySelectorAll('article span.choice') ?? [])].map(
        (span) => [span.textContent, span.getAttribute('title'), getComputedStyle(span).textDecorationStyle],
      ),
    );
    expect(marks).toContainEqual(['後', '後 / 后', 'dotted']);
    expect(marks.every(([text, title]) => title!.startsWith(`${text} / `))).toBe(true);
    await h.sendToTab(tabId, { type: 'qingdu:clean', mode: 'off' });

    await h.sendToTab(tabId, { type: 'qingdu:convert', target: 'off' });
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    await page.close();
  });
});

declare const chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };

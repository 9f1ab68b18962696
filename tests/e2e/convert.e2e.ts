/**
 * Script conversion on live pages in Chromium with the built extension: traditional → simplified and back to the
 * same markup, fields keep their value and caret, a page that keeps appending ends fully converted, English quotes
 * stay as they are, and a site rule converts the page on load.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleReply } from '../../src/extension/protocol';
import { launchTestBrowser, type Harness, type TestPage } from './harness';

let h: Harness;

beforeAll(async () => {
  h = await launchTestBrowser();
});

afterAll(async () => {
  await h?.close();
});

const text = (page: TestPage, selector: string) => page.locator(selector).evaluate((e) => e.textContent ?? '');

describe('conversion in the browser', () => {
  it('converts a traditional page to simplified and restores the same markup', async () => {
    const { page, tabId } = await h.openPage('/fixtures/convert/traditional.html');
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    await page.evaluate(() => {
      const field = document.getElementById('field') as HTMLInputElement;
      field.focus();
      field.setSelectionRange(2, 4);
    });

    const { state } = await h.sendToTab<ArticleReply>(tabId, { type: 'qingdu:convert', target: 'hans' });
    expect(state.convert).toBe('hans');
    expect(await text(page, 'h1')).toBe('头发与台湾的学习问题');
    expect(await page.title()).toBe('头发与台湾的学习问题');
    expect(await page.locator('h1').getAttribute('title')).toBe('标题说明');
    expect(await page.locator('img').getAttribute('alt')).toBe('会议现场图片');
    expect(await page.locator('#field').getAttribute('placeholder')).toBe('请输入关键词');
    expect(await page.locator('input[type=submit]').getAttribute('value')).toBe('搜寻资料');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');

    // Fields, code and other languages are untouched; the focused field keeps its value and caret.
    const field = await page.evaluate(() => {
      const input = document.getElementById('field') as HTMLInputElement;
      return {
        value: input.value,
        start: input.selectionStart,
        end: input.selectionEnd,
        focused: document.activeElement === input,
      };
    });
    expect(field).toEqual({ value: '這是輸入框', start: 2, end: 4, focused: true });
    expect(await page.locator('#notes').inputValue()).toBe('這是備註');
    expect(await text(page, 'pre')).toBe('var 說明 = "這個";');
    expect(await text(page, 'p[lang=ja]')).toBe('日本語の漢字：図書館、国会');

    // Same-origin frames and open shadow roots convert too.
    expect(await page.frameLocator('#frame').locator('p').textContent()).toBe('这是框架里的文字');
    expect(await page.evaluate(() => document.getElementById('host')!.shadowRoot!.textContent)).toBe(
      '这是影子树里的文字',
    );

    // English quotes stay English quotes (no 「」『』).
    expect(await text(page, '#english')).toBe('It’s the “people’s” congress, said the ‘chair’.');
    expect(await text(page, '#mixed')).toBe('他说：“这是‘我们’的事。” It’s fine.');

    await h.sendToTab(tabId, { type: 'qingdu:convert', target: 'off' });
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    expect(await page.frameLocator('#frame').locator('p').textContent()).toBe('這是框架裡的文字');
    expect(await page.evaluate(() => document.getElementById('host')!.shadowRoot!.textContent)).toBe(
      '這是影子樹裡的文字',
    );
    await page.close();
  });

  it('switches straight to another traditional form and back', async () => {
    const { page, tabId } = await h.openPage('/fixtures/convert/traditional.html');
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    await h.sendToTab(tabId, { type: 'qingdu:convert', target: 'tw' });
    expect(await text(page, 'p:nth-of-type(2)')).toContain('為了加強黨的建設');
    await h.sendToTab(tabId, { type: 'qingdu:convert', target: 'hans' });
    expect(await text(page, 'p:nth-of-type(2)')).toContain('为了加强党的建设');
    await h.sendToTab(tabId, { type: 'qingdu:convert', target: 'off' });
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    await page.close();
  });

  it('keeps converting a page that appends a paragraph every 100 ms until it is fully converted', async () => {
    const { page, tabId } = await h.openPage('/fixtures/convert/dynamic.html');
    await h.sendToTab(tabId, { type: 'qingdu:convert', target: 'hans' });
    await page.waitForFunction(() => document.body.dataset.done === 'true', null, { timeout: 20_000 });
    await page.waitForFunction(
      () => [...document.querySelectorAll('#feed p')].every((p) => /头发与经济发展的报导/.test(p.textContent ?? '')),
      null,
      {
        timeout: 10_000,
      },
    );
    const paragraphs = await page.locator('#feed p').allTextContents();
    expect(paragraphs).toHaveLength(31);
    paragraphs.forEach((p, i) => {
      expect(p).toBe(`第${i}条：头发与经济发展的报导。`);
    });
    await page.close();
  });

  it('converts from the popup after the background was unloaded, as an idle browser does', async () => {
    const idle = await launchTestBrowser();
    try {
      const { page, tabId } = await idle.openPage('/fixtures/convert/traditional.html');
      await idle.sendToTab(tabId, { type: 'qingdu:convert', target: 'hans' });
      await idle.sendToTab(tabId, { type: 'qingdu:convert', target: 'off' });
      await idle.unloadBackground();
      const popup = await idle.openPopup(tabId);
      await popup.locator('[data-script="hans"]').click();
      await expect.poll(() => text(page, 'h1'), { timeout: 15_000 }).toBe('头发与台湾的学习问题');
      await expect
        .poll(() => popup.locator('[data-script="hans"]').getAttribute('aria-pressed'), { timeout: 15_000 })
        .toBe('true');
      expect(await idle.backgroundRestarted()).toBe(true);
    } finally {
      await idle.close();
    }
  });

  it('converts a site with a remembered script on load', async () => {
    await h.inExtension(
      async (host: string) =>
        chrome.storage.local.set({ settings: { version: 1, sites: { [host]: { convert: 'hans' } } } }),
      new URL(h.origin).hostname,
    );
    try {
      const { page } = await h.openPage('/fixtures/convert/traditional.html');
      await page.waitForFunction(() => document.querySelector('h1')?.textContent === '头发与台湾的学习问题', null, {
        timeout: 10_000,
      });
      expect(await page.evaluate(() => document.getElementById('qingdu-convert-hide'))).toBeNull();
      await page.close();
    } finally {
      await h.inExtension(async () => chrome.storage.local.remove('settings'), null);
    }
  });
});

// Evaluated in the extension's service worker, where the chrome.* API exists.
declare const chrome: { storage: { local: { set(items: object): Promise<void>; remove(key: string): Promise<void> } } };

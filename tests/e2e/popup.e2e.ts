/**
 * The popup in Chromium with the built extension: fields for a seed page (stated or marked unknown), copy with
 * citation from the popup and from the selection path, both clipboard flavours compared with text built here by
 * hand, pages the extension cannot touch, and screenshots (light/dark, zh-CN/en) for the README.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, REPO_ROOT, type Harness } from './harness';

const SEEDS = join(REPO_ROOT, 'seeds');
const DOCS = join(REPO_ROOT, 'docs');

function expectedParagraphs(seed: string): string[] {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(`${seed}_`) && f.endsWith('.expected.json'))!;
  return (JSON.parse(readFileSync(join(SEEDS, file), 'utf8')) as { paragraphs: string[] }).paragraphs;
}

/** Today as the browser's clock gives it: the citation's access date. */
async function today(page: Page): Promise<string> {
  return page.evaluate(() => {
    const d = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  });
}

/** Both flavours on the clipboard, read from a focused page that has clipboard-read. */
async function readClipboard(page: Page): Promise<{ text: string; html: string }> {
  await page.bringToFront();
  return page.evaluate(async () => {
    // Unsanitized: the html flavour exactly as written, not as Chromium would rewrite it for pasting.
    const read = navigator.clipboard.read as (options?: { unsanitized: string[] }) => Promise<ClipboardItem[]>;
    const [item] = await read.call(navigator.clipboard, { unsanitized: ['text/html'] });
    if (!item) return { text: '', html: '' };
    return { text: await (await item.getType('text/plain')).text(), html: await (await item.getType('text/html')).text() };
  });
}

async function clearClipboard(page: Page): Promise<void> {
  await page.bringToFront();
  await page.evaluate(() => navigator.clipboard.writeText(''));
}

/** The extension API inside extension pages. */
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  i18n: { getUILanguage(): string };
};

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

let h: Harness;

beforeAll(async () => {
  h = await launchBrowser();
  await h.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.origin });
});

afterAll(async () => {
  await h?.close();
});

const fieldText = (popup: Page, key: string) => popup.locator(`[data-field="${key}"] dd`).textContent();

describe('popup fields', () => {
  it('shows what seed 000 states: date, 来源 and 责任编辑', async () => {
    const { page, tabId } = await h.openPage('/fixtures/seeds/000.html');
    const popup = await h.openPopup(tabId);
    await popup.locator('[data-field="date"] dd').waitFor({ timeout: 20_000 });
    expect(await fieldText(popup, 'title')).toBe('依靠群众打赢疫情防控阻击战');
    expect(await fieldText(popup, 'date')).toBe('2020-02-01 07:55');
    expect(await fieldText(popup, 'source')).toBe('四川日报');
    expect(await fieldText(popup, 'editor')).toBe('雷晓琦');
    expect(await popup.locator('[data-field="reporter"] dd[data-unknown]').count()).toBe(1);
    await popup.close();
    await page.close();
  });

  it('marks date, 来源 and 编辑 unknown on seed 001, which states none of them', async () => {
    const { page, tabId } = await h.openPage('/fixtures/seeds/001.html');
    const popup = await h.openPopup(tabId);
    await popup.locator('[data-field="date"] dd').waitFor({ timeout: 20_000 });
    for (const key of ['date', 'source', 'editor']) {
      expect(await popup.locator(`[data-field="${key}"] dd[data-unknown]`).count(), key).toBe(1);
    }
    await popup.close();
    await page.close();
  });

  it('says plainly that a browser page cannot be worked on', async () => {
    // Without the toolbar click's activeTab grant the popup cannot see this tab's URL, and nothing answers in it.
    const page = await h.context.newPage();
    await page.goto('about:blank');
    const tabId = await h.tabIdOf(page);
    const popup = await h.openPopup(tabId);
    await expect.poll(() => popup.locator('[data-untouchable]').getAttribute('data-untouchable'), { timeout: 10_000 }).toBe('no-access');
    expect(await popup.locator('[data-untouchable]').textContent()).toMatch(/browser’s own pages|浏览器自己的页面/);
    await popup.close();
    await page.close();
  });
});

describe('copy with citation', () => {
  it('copies seed 000’s article and its GB/T 7714 citation from the popup, as text and html', async () => {
    const { page, tabId } = await h.openPage('/fixtures/seeds/000.html');
    const url = page.url();
    await clearClipboard(page);
    const popup = await h.openPopup(tabId);
    await popup.locator('[data-action="copy"]').waitFor({ timeout: 20_000 });
    await popup.bringToFront();
    await popup.locator('[data-action="copy"]').click();
    await expect.poll(() => popup.locator('.status').textContent(), { timeout: 10_000 }).not.toBe('');
    const accessed = await today(page);
    const body = expectedParagraphs('000');
    const citation = `依靠群众打赢疫情防控阻击战[N/OL]. 四川日报, 2020-02-01[${accessed}]. ${url}.`;
    const copied = await readClipboard(page);
    expect(copied.text).toBe([...body, citation].join('\n\n'));
    expect(copied.html).toContain(
      [
        ...body.map((p) => `<p>${escapeHtml(p)}</p>`),
        `<p>依靠群众打赢疫情防控阻击战[N/OL]. 四川日报, 2020-02-01[${accessed}]. <a href="${escapeHtml(url)}">${escapeHtml(url)}</a>.</p>`,
      ].join('\n'),
    );
    await popup.close();
    await page.close();
  });

  it('copies a selection with the citation after it through the context-menu path', async () => {
    const { page, tabId } = await h.openPage('/fixtures/seeds/000.html');
    const url = page.url();
    const sentence = '疫情面前,人人有责。';
    const selected = await page.evaluate((needle) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(needle);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + needle.length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        return getSelection()!.toString();
      }
      return '';
    }, sentence);
    expect(selected).toBe(sentence);
    await clearClipboard(page);
    // The menu item's handler, reached from an extension page (a context-menu click cannot be scripted).
    const ext = await h.context.newPage();
    await ext.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
    const done = await ext.evaluate(
      (tab) => chrome.runtime.sendMessage({ type: 'qingdu:copy-citation', tabId: tab, body: 'selection' }),
      tabId,
    );
    expect(done).toBe(true);
    const accessed = await today(page);
    const copied = await readClipboard(page);
    expect(copied.text).toBe(`${sentence}\n\n依靠群众打赢疫情防控阻击战[N/OL]. 四川日报, 2020-02-01[${accessed}]. ${url}.`);
    expect(copied.html).toContain(
      `<p>${sentence}</p>\n<p>依靠群众打赢疫情防控阻击战[N/OL]. 四川日报, 2020-02-01[${accessed}]. <a href="${escapeHtml(url)}">${escapeHtml(url)}</a>.</p>`,
    );
    await ext.close();
    await page.close();
  });
});

describe('screenshots', () => {
  it('renders the popup at 360 px in light and dark', async () => {
    if (!existsSync(DOCS)) mkdirSync(DOCS, { recursive: true });
    const { page, tabId } = await h.openPage('/fixtures/seeds/000.html');
    const popup = await h.openPopup(tabId);
    await popup.setViewportSize({ width: 360, height: 640 });
    await popup.locator('[data-action="copy"]').waitFor({ timeout: 20_000 });
    const locale = await popup.evaluate(() => chrome.i18n.getUILanguage());
    const tag = locale.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await popup.screenshot({ path: join(DOCS, `popup-${tag}-${scheme}.png`), fullPage: true });
    }
    await popup.close();
    await page.close();
  });
});

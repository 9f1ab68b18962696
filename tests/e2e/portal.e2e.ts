/**
 * Pages laid out like today's portals (tests/fixtures/portal/): the reader view's structure — subheads as headings,
 * each caption once under its picture, no icons, QR codes, advertisements or dead play buttons — its words in the
 * reader's language and the article's script, its dark scheme; the popup's fields and slogans there; copy as
 * Markdown. Writes docs/reader-traditional.png, docs/reader-dark.png and docs/popup-portal.png in a Chinese browser.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import type { ArticleReply } from '../../src/extension/protocol';
import {
  type ChromiumHarness,
  E2E_BROWSER,
  type Harness,
  launchBrowser,
  launchTestBrowser,
  REPO_ROOT,
  type TestPage,
} from './harness';

const DOCS = join(REPO_ROOT, 'docs');
const PORTAL = '/fixtures/portal/article.html';
const TRADITIONAL = '/fixtures/portal/traditional.html';
/** Chromium on Linux takes its interface language from LANGUAGE, given the locale pack (Debian: chromium-l10n). */
const HAS_ZH_LOCALE = existsSync('/usr/lib/chromium/locales/zh-CN.pak');

interface ReaderShape {
  headings: string[];
  figures: { src: string; caption: string | null }[];
  paragraphs: string[];
  meta: string[];
  buttons: (string | null)[];
}

/** What the open reader view shows, read from its shadow root. */
function readerShape(page: TestPage): Promise<ReaderShape> {
  return page.evaluate(() => {
    const root = document.querySelector('qingdu-reader')!.shadowRoot!;
    const text = (e: Element) => e.textContent ?? '';
    return {
      headings: [...root.querySelectorAll('article h2')].map(text),
      figures: [...root.querySelectorAll('figure')].map((f) => ({
        src: f.querySelector('img')!.getAttribute('src')!,
        caption: f.querySelector('figcaption')?.textContent ?? null,
      })),
      paragraphs: [...root.querySelectorAll('article p:not(.meta)')].map(text),
      meta: [...root.querySelectorAll('.meta span')].map(text),
      buttons: [...root.querySelectorAll('.toolbar button')].map((b) => b.getAttribute('aria-label')),
    };
  });
}

async function openReader(h: Harness, path: string): Promise<{ page: TestPage; tabId: number }> {
  const opened = await h.openPage(path);
  const reply = await h.sendToTab<ArticleReply>(opened.tabId, { type: 'qingdu:clean', mode: 'reader' });
  expect(reply.ok, reply.ok ? '' : reply.error).toBe(true);
  return opened;
}

describe('a portal page, in an English browser', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchTestBrowser();
    await h.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.origin });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('shows subheads as headings, each caption once under its picture, and no page furniture pictures', async () => {
    const { page } = await openReader(h, PORTAL);
    const shape = await readerShape(page);
    expect(shape.headings).toEqual(['开放的大门越开越大', '新质生产力带来新机遇', '以制度型开放稳定预期']);
    expect(shape.figures).toEqual([
      { src: 'img/harbor.svg', caption: '3月5日，货轮在一处港口集装箱码头装卸货物。新华社记者 张伟 摄' },
      { src: 'img/factory.svg', caption: null },
    ]);
    expect(shape.paragraphs.some((p) => p.includes('货轮在一处港口'))).toBe(false);
    expect(shape.paragraphs[0]).toMatch(/^新华社北京3月6日电/);
    expect(shape.meta).toEqual([
      'Date: 2024年3月6日 10:15',
      'Source: 新华网',
      'Editor: 陈静',
      'Reporter: 王晓东、李欣然',
    ]);
    expect(shape.buttons).toEqual(['A− Smaller text', 'A+ Larger text', 'Close the reader view']);
    await page.close();
  });

  it('completes the dark scheme: toolbar, text and fields all dark-on-light turned light-on-dark', async () => {
    // Firefox over WebDriver BiDi cannot switch a running page's scheme: a browser of its own is launched dark.
    const dark = h.browser === 'chromium' ? h : await launchTestBrowser({ colorScheme: 'dark' });
    const { page } = await openReader(dark, PORTAL);
    if (h.browser === 'chromium') await (page as Page).emulateMedia({ colorScheme: 'dark' });
    const colours = await page.evaluate(() => {
      const root = document.querySelector('qingdu-reader')!.shadowRoot!;
      const style = (selector: string) => getComputedStyle(root.querySelector(selector)!);
      return {
        overlay: style('.overlay').backgroundColor,
        toolbar: style('.toolbar').backgroundColor,
        button: style('.toolbar button').color,
        meta: style('.meta').color,
      };
    });
    const luminance = (rgb: string) => {
      const [r, g, b] = (rgb.match(/[\d.]+/g) ?? []).map(Number);
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    expect(luminance(colours.overlay)).toBeLessThan(60);
    expect(luminance(colours.toolbar)).toBeLessThan(60);
    expect(luminance(colours.button)).toBeGreaterThan(150);
    expect(luminance(colours.meta)).toBeGreaterThan(140);
    await page.close();
    if (dark !== h) await dark.close();
  });

  it('shows the fields and then the slogans of the portal page in the popup', async () => {
    const { page, tabId } = await h.openPage(PORTAL);
    const popup = await h.openPopup(tabId);
    await popup.locator('[data-slogans="ready"]').waitFor({ timeout: 20_000 });
    expect(await popup.locator('[data-field="source"] dd').textContent()).toBe('新华网');
    expect(await popup.locator('[data-field="editor"] dd').textContent()).toBe('陈静');
    const slogans = await popup.locator('.slogans .slogan').allTextContents();
    expect(slogans[0]).toBe('高水平对外开放');
    for (const text of ['新质生产力', '新三样', '制度型开放', '中国式现代化']) expect(slogans).toContain(text);
    expect(await popup.locator('.slogans li').first().locator('.in-title').textContent()).toBe('in the headline');
    await popup.close();
    await page.close();
  });

  it('copies the article as Markdown whose front matter a YAML reader reads back', async () => {
    const { page, tabId } = await h.openPage(PORTAL);
    const popup = await h.openPopup(tabId);
    await popup.locator('[data-action="copy-markdown"]').waitFor({ timeout: 20_000 });
    await popup.bringToFront();
    await popup.locator('[data-action="copy-markdown"]').click();
    await expect.poll(() => popup.locator('.status').textContent(), { timeout: 10_000 }).toContain('Markdown');
    await page.bringToFront();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    const [, yaml, body] = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(text) ?? [];
    const front = parse(yaml ?? '');
    expect(front).toMatchObject({
      title: '以高水平对外开放拓展合作新空间',
      date: '2024-03-06T10:15+08:00',
      source: '新华网',
      editor: '陈静',
      author: '王晓东、李欣然',
      url: page.url(),
    });
    expect(front.slogans[0]).toBe('高水平对外开放');
    expect(body).toContain('\n\n## 新质生产力带来新机遇\n\n');
    expect(body).toContain(
      `![3月5日，货轮在一处港口集装箱码头装卸货物。新华社记者 张伟 摄](<${h.origin}/fixtures/portal/img/harbor.svg>)`,
    );
    expect(body).not.toContain('qrcode');
    await popup.close();
    await page.close();
  });
});

/** The screenshots for the README are Chromium's. */
describe.skipIf(!HAS_ZH_LOCALE || E2E_BROWSER !== 'chromium')('in a Chinese browser', () => {
  let zh: ChromiumHarness;
  beforeAll(async () => {
    zh = await launchBrowser({ env: { LANGUAGE: 'zh_CN' }, viewport: { width: 1100, height: 760 } });
  });
  afterAll(async () => {
    await zh?.close();
  });

  it('labels a traditional article in traditional script, and shows its headings and captions', async () => {
    const page = (await openReader(zh, TRADITIONAL)).page as Page;
    const shape = await readerShape(page);
    expect(shape.meta).toEqual(['日期：2024年5月12日 08:30', '來源：大公報', '編輯：黃志明', '記者：陳嘉欣']);
    expect(shape.buttons).toEqual(['A− 縮小字號', 'A+ 放大字號', '關閉閱讀模式']);
    expect(shape.headings).toEqual(['便利措施陸續落地', '融合發展空間廣闊']);
    expect(shape.figures).toEqual([{ src: 'img/harbor.svg', caption: '圖為港珠澳大橋附近的港口。大公報記者 攝' }]);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(DOCS, 'reader-traditional.png') });
    await page.close();
  });

  it('shows a simplified article with simplified labels, in the dark scheme', async () => {
    const page = (await openReader(zh, PORTAL)).page as Page;
    await page.emulateMedia({ colorScheme: 'dark' });
    expect((await readerShape(page)).meta).toContain('来源：新华网');
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(DOCS, 'reader-dark.png') });
    await page.close();
  });

  it('shows the popup on the portal page', async () => {
    const { page, tabId } = await zh.openPage(PORTAL);
    const popup = await zh.openPopup(tabId);
    await popup.setViewportSize({ width: 360, height: 640 });
    await popup.locator('[data-slogans="ready"]').waitFor({ timeout: 20_000 });
    expect(await popup.locator('[data-field="source"] dt').textContent()).toBe('来源');
    await popup.screenshot({ path: join(DOCS, 'popup-portal.png'), fullPage: true });
    await popup.close();
    await page.close();
  });
});

/**
 * The popup in Chromium with the built extension: fields for a seed page (stated or marked unknown), copy with
 * citation from the popup and from the selection path, both clipboard flavours compared with text built here by
 * hand, pages the extension cannot touch, and screenshots (light/dark, zh-CN/en) for the README.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { E2E_BROWSER, launchTestBrowser, REPO_ROOT, type Harness, type TestPage } from './harness';

const SEEDS = join(REPO_ROOT, 'seeds');
const DOCS = join(REPO_ROOT, 'docs');

function expectedParagraphs(seed: string): string[] {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(`${seed}_`) && f.endsWith('.expected.json'))!;
  return (JSON.parse(readFileSync(join(SEEDS, file), 'utf8')) as { paragraphs: string[] }).paragraphs;
}

/** Today as the browser's clock gives it: the citation's access date. */
async function today(page: TestPage): Promise<string> {
  return page.evaluate(() => {
    const d = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  });
}

/** Both flavours on the clipboard, read from a focused page that has clipboard-read. */
async function readClipboard(page: TestPage): Promise<{ text: string; html: string }> {
  await page.bringToFront();
  return page.evaluate(async () => {
    // Unsanitized: the html flavour exactly as written, not as Chromium would rewrite it for pasting.
    const read = navigator.clipboard.read as (options?: { unsanitized: string[] }) => Promise<ClipboardItem[]>;
    const [item] = await read.call(navigator.clipboard, { unsanitized: ['text/html'] });
    if (!item) return { text: '', html: '' };
    return {
      text: await (await item.getType('text/plain')).text(),
      html: await (await item.getType('text/html')).text(),
    };
  });
}

async function clearClipboard(page: TestPage): Promise<void> {
  await page.bringToFront();
  await page.evaluate(() => navigator.clipboard.writeText(''));
}

/** The extension API inside extension pages and the service worker. */
declare const chrome: {
  contextMenus: { onClicked: { dispatch(info: object, tab: object): void } };
  i18n: { getUILanguage(): string };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
};

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

let h: Harness;

beforeAll(async () => {
  h = await launchTestBrowser();
  await h.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.origin });
});

afterAll(async () => {
  await h?.close();
});

const fieldText = (popup: TestPage, key: string) => popup.locator(`[data-field="${key}"] dd`).textContent();

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

  it('warns about the garbled spans of seed 002 and how many were repaired', async () => {
    const { page, tabId } = await h.openPage('/fixtures/seeds/002.html');
    const popup = await h.openPopup(tabId);
    const warning = popup.locator('[data-warning="garbled"]');
    await warning.waitFor({ timeout: 20_000 });
    const [, found, repaired] = /^(\d+) garbled spans, (\d+) repaired$/.exec((await warning.textContent()) ?? '') ?? [];
    expect(Number(found)).toBeGreaterThan(0);
    expect(Number(repaired)).toBeGreaterThan(0);
    expect(Number(repaired)).toBeLessThanOrEqual(Number(found));
    await popup.close();
    await page.close();
  });

  it('says plainly that a browser page cannot be worked on', async () => {
    // Without the toolbar click's activeTab grant the popup cannot see this tab's URL, and nothing answers in it.
    const page = await h.context.newPage();
    await page.goto('about:blank');
    const tabId = await h.tabIdOf(page);
    const popup = await h.openPopup(tabId);
    await expect
      .poll(() => popup.locator('[data-untouchable]').getAttribute('data-untouchable'), { timeout: 10_000 })
      .toBe('no-access');
    expect(await popup.locator('[data-untouchable]').textContent()).toMatch(/browser’s own pages|浏览器自己的页面/);
    await popup.close();
    await page.close();
  });
});

/** Open a fixture, open the popup for its tab and press its copy button; the clipboard then holds what it copied. */
async function copyFromPopup(path: string) {
  const { page, tabId } = await h.openPage(path);
  await clearClipboard(page);
  const popup = await h.openPopup(tabId);
  await popup.locator('[data-action="copy"]').waitFor({ timeout: 20_000 });
  await popup.bringToFront();
  await popup.locator('[data-action="copy"]').click();
  await expect.poll(() => popup.locator('.status').textContent(), { timeout: 10_000 }).not.toBe('');
  return { page, tabId, url: page.url(), popup };
}

describe('fields a reader can trust', () => {
  it('shows 记者 unknown where the page declares only a number, a URL and a tag as its author, and a word stands alone under its headline', async () => {
    const { page, tabId, popup } = await copyFromPopup('/fixtures/live/declared-author.html');
    const field = (key: string) => popup.locator(`[data-field="${key}"] dd`).first();
    expect(await field('reporter').getAttribute('data-unknown'), '记者 should read unknown').not.toBeNull();
    expect(await field('source').textContent()).toContain('新华社');
    expect(await field('editor').textContent()).toContain('王佳宁');
    const copied = await readClipboard(page);
    const citation = copied.text.split('\n\n').at(-1) ?? '';
    expect(citation).toContain('多地推进基层卫生服务能力建设');
    for (const declared of ['105464', 'facebook.com', '武汉肺炎', '江南']) expect(citation).not.toContain(declared);

    await h.sendToTab(tabId, { type: 'qingdu:clean', mode: 'reader' });
    const header = await page.evaluate(
      () => document.querySelector('qingdu-reader')?.shadowRoot?.querySelector('.meta')?.textContent ?? null,
    );
    expect(header).toContain('新华社');
    for (const declared of ['105464', 'facebook.com', '武汉肺炎', '江南', '记者'])
      expect(header).not.toContain(declared);
    await popup.close();
    await page.close();
  });
});

describe('copy with citation', () => {
  it('copies seed 000’s article and its GB/T 7714 citation from the popup, as text and html', async () => {
    const { page, url, popup } = await copyFromPopup('/fixtures/seeds/000.html');
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

  it('copies a selection with the citation after it through the context-menu path', async (context) => {
    if (h.browser === 'firefox') {
      context.skip(
        'Firefox offers no way to dispatch a context-menu click from a test, and the menu handler has no other way in',
      );
    }
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
    // The menu item clicked (a context-menu click cannot be scripted): its event, dispatched to the background's own
    // listener with the tab. No selection text comes with it, so what is copied is the selection the page reports.
    await h.inExtension(
      ({ tab, url }) =>
        chrome.contextMenus.onClicked.dispatch(
          { menuItemId: 'qingdu-copy-selection', editable: false, pageUrl: url },
          { id: tab, url },
        ),
      { tab: tabId, url },
    );
    await expect.poll(async () => (await readClipboard(page)).text, { timeout: 10_000 }).not.toBe('');
    const accessed = await today(page);
    const copied = await readClipboard(page);
    expect(copied.text).toBe(
      `${sentence}\n\n依靠群众打赢疫情防控阻击战[N/OL]. 四川日报, 2020-02-01[${accessed}]. ${url}.`,
    );
    expect(copied.html).toContain(
      `<p>${sentence}</p>\n<p>依靠群众打赢疫情防控阻击战[N/OL]. 四川日报, 2020-02-01[${accessed}]. <a href="${escapeHtml(url)}">${escapeHtml(url)}</a>.</p>`,
    );
    await page.close();
  });
});

describe('the popup follows the page', () => {
  it('shows the reader view off once the reader closes it with Esc on the page', async () => {
    const { page, tabId } = await h.openPage('/fixtures/seeds/000.html');
    const popup = await h.openPopup(tabId);
    const reader = popup.locator('[data-action="reader"]');
    await reader.waitFor({ timeout: 20_000 });
    await reader.click();
    await expect.poll(() => reader.getAttribute('aria-pressed'), { timeout: 10_000 }).toBe('true');
    await page.bringToFront();
    await page.keyboard.press('Escape');
    await expect
      .poll(() => page.evaluate(() => document.querySelector('qingdu-reader')), { timeout: 10_000 })
      .toBeNull();
    await expect.poll(() => reader.getAttribute('aria-pressed'), { timeout: 10_000 }).toBe('false');
    await popup.close();
    await page.close();
  });
});

describe('options page', () => {
  it('keeps the chosen citation style, and the popup copies with it', async () => {
    const options = await h.context.newPage();
    await options.goto(`${h.extensionOrigin}/options.html`);
    const style = options.locator('[data-setting="citationStyle"]');
    await style.waitFor({ timeout: 10_000 });
    await style.selectOption('apa');
    await expect.poll(() => options.locator('.status').textContent()).not.toBe('');
    await options.reload();
    await expect.poll(() => options.locator('[data-setting="citationStyle"]').inputValue()).toBe('apa');

    const { page, url, popup } = await copyFromPopup('/fixtures/seeds/000.html');
    const copied = await readClipboard(page);
    // APA 7, newspaper article without a byline: the title takes the author's place.
    expect(copied.text.endsWith(`\n\n依靠群众打赢疫情防控阻击战. (2020, February 1). 四川日报. ${url}`)).toBe(true);

    await options.bringToFront();
    await options.locator('[data-setting="citationStyle"]').selectOption('gbt7714');
    await expect
      .poll(() => h.inExtension(async () => (await chrome.storage.local.get('settings')).settings, null))
      .toMatchObject({
        citationStyle: 'gbt7714',
      });
    await popup.close();
    await page.close();
    await options.close();
  });
});

/**
 * The interface language follows the browser's, given its Chinese language files: Chromium's locale pack (Debian:
 * chromium-l10n), Firefox's language pack (Debian: firefox-esr-l10n-zh-cn).
 */
const HAS_ZH_LOCALE = existsSync(
  E2E_BROWSER === 'chromium'
    ? '/usr/lib/chromium/locales/zh-CN.pak'
    : '/usr/lib/firefox-esr/browser/extensions/langpack-zh-CN@firefox-esr.mozilla.org.xpi',
);

/**
 * The popup at 360 px fits without scrolling sideways. Chromium checks light and dark and writes the README's
 * screenshots; Firefox over WebDriver BiDi cannot switch a running page's color scheme, so it checks the scheme its
 * profile was launched with.
 */
async function screenshotPopup(harness: Harness, tag: 'en' | 'zh-CN'): Promise<TestPage> {
  if (!existsSync(DOCS)) mkdirSync(DOCS, { recursive: true });
  const { page, tabId } = await harness.openPage('/fixtures/seeds/000.html');
  const popup = await harness.openPopup(tabId);
  await popup.setViewportSize({ width: 360, height: 640 });
  await popup.locator('[data-action="copy"]').waitFor({ timeout: 20_000 });
  // The README shows the popup once its slogans are listed, as a reader sees it after a moment.
  await popup.locator('[data-slogans="ready"]').waitFor({ timeout: 20_000 });
  const fits = async () =>
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  if (harness.browser === 'chromium') {
    const chromiumPopup = popup as Page;
    for (const scheme of ['light', 'dark'] as const) {
      await chromiumPopup.emulateMedia({ colorScheme: scheme });
      await fits();
      await chromiumPopup.screenshot({ path: join(DOCS, `popup-${tag}-${scheme}.png`), fullPage: true });
    }
  } else {
    await fits();
  }
  await page.close();
  return popup;
}

describe('interface language and screenshots', () => {
  it('renders the popup in English at 360 px, light and dark', async () => {
    expect(await h.inExtension(() => chrome.i18n.getUILanguage(), null)).toMatch(/^en/);
    const popup = await screenshotPopup(h, 'en');
    expect(await popup.locator('[data-field="source"] dt').textContent()).toBe('Source (来源)');
    if (h.browser === 'firefox') {
      // Firefox takes the scheme from its profile: dark is a browser of its own, and the theme follows it.
      const background = (page: TestPage) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const schemeIsDark = (page: TestPage) => page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
      expect(await schemeIsDark(popup)).toBe(false);
      const dark = await launchTestBrowser({ colorScheme: 'dark' });
      try {
        const darkPopup = await screenshotPopup(dark, 'en');
        expect(await schemeIsDark(darkPopup)).toBe(true);
        expect(await background(darkPopup)).not.toBe(await background(popup));
      } finally {
        await dark.close();
      }
    }
    await popup.close();
  });

  it('renders the popup in Chinese when the browser is in Chinese', async (context) => {
    context.skip(
      !HAS_ZH_LOCALE,
      `${E2E_BROWSER} has no Chinese interface files here (apt-get install -y chromium-l10n firefox-esr-l10n-zh-cn)`,
    );
    const zh = await launchTestBrowser({ locale: 'zh-CN' });
    try {
      expect(await zh.inExtension(() => chrome.i18n.getUILanguage(), null)).toBe('zh-CN');
      const popup = await screenshotPopup(zh, 'zh-CN');
      expect(await popup.locator('[data-field="source"] dt').textContent()).toBe('来源');
      expect(await popup.locator('[data-field="reporter"] dd').textContent()).toBe('未知');
      expect(await popup.locator('[data-action="copy"]').textContent()).toBe('复制正文并附引文');
    } finally {
      await zh.close();
    }
  });
});

describe('keyboard', () => {
  it('reaches every control with Tab in reading order, with a visible focus ring', async () => {
    const { page, tabId } = await h.openPage('/fixtures/seeds/000.html');
    const popup = await h.openPopup(tabId);
    await popup.locator('[data-action="copy"]').waitFor({ timeout: 20_000 });
    const order: string[] = [];
    for (let i = 0; i < 12; i++) {
      await popup.keyboard.press('Tab');
      order.push(
        await popup.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const outline = getComputedStyle(el).outlineStyle;
          return `${el.dataset.action ?? el.dataset.script ?? el.className}:${outline}`;
        }),
      );
    }
    expect(order.slice(0, 9)).toEqual([
      'link:solid',
      'reader:solid',
      'clean:solid',
      'off:solid',
      'hans:solid',
      'hant:solid',
      'tw:solid',
      'hk:solid',
      'copy:solid',
    ]);
    // Enter on a focused script button converts the page.
    await popup.locator('[data-script="hant"]').focus();
    await popup.keyboard.press('Enter');
    await expect
      .poll(() => popup.locator('[data-script="hant"]').getAttribute('aria-pressed'), { timeout: 15_000 })
      .toBe('true');
    await expect
      .poll(() => popup.locator('[data-field="source"] dd').textContent(), { timeout: 15_000 })
      .toBe('四川日報');
    await popup.close();
    await page.close();
  });
});

/**
 * Cleaning live pages in Chromium with the built extension: the reader view shows the article and its metadata,
 * in place hides the furniture and keeps the article visible, `off` restores the DOM byte for byte, the popup shows
 * the page's fields, a site rule applies itself, and the browser path scores the corpus as the CLI path does.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/article';
import type { ArticleReply } from '../../src/extension/protocol';
import { extractArticle } from '../../src/core/pipeline';
import { loadFile } from '../../src/cli/load';
import { hanF1, normalise } from '../tools/corpus-score';
import { launchTestBrowser, REPO_ROOT, type Harness, type TestPage } from './harness';
import { readSeedExpectation, type SeedExpectation } from '../seed-expectation';

interface Case {
  name: string;
  path: string;
  expected: Pick<SeedExpectation, 'title' | 'date' | 'source' | 'editor' | 'author' | 'paragraphs' | 'absent'>;
}

const FIXTURES = join(REPO_ROOT, 'tests/fixtures');

/** Seed pages as HTML (tests/fixtures/seeds/NNN.html) with the seed's expected output (seeds/NNN_*.expected.json). */
function seedCases(): Case[] {
  const dir = join(FIXTURES, 'seeds');
  if (!existsSync(dir)) return [];
  const expectations = readdirSync(join(REPO_ROOT, 'seeds')).filter((f) => f.endsWith('.expected.json'));
  return readdirSync(dir)
    .filter((f) => /^\d{3}\.html$/.test(f))
    .sort()
    .flatMap((file) => {
      const expectedFile = expectations.find((f) => f.startsWith(`${file.slice(0, 3)}_`));
      if (!expectedFile) return [];
      const expected = readSeedExpectation(join(REPO_ROOT, 'seeds', expectedFile));
      return [{ name: `seed ${file}`, path: `/fixtures/seeds/${file}`, expected }];
    });
}

/** A page of the same kind with its late content off; hand-written expectations. */
const LIVE_CASE: Case = {
  name: 'live/lazy-article.html',
  path: '/fixtures/live/lazy-article.html',
  expected: {
    title: '依靠群众打赢疫情防控阻击战',
    date: '2020-02-01T07:55+08:00',
    source: '四川日报',
    editor: '雷晓琦',
    author: null,
    paragraphs: [
      '连日来，全省上下高度重视、迅速行动，动员全省人民群众，形成了联防联控、群防群控、依法防控、科学防控的防控格局。',
      '打赢疫情防控阻击战，必须紧紧依靠人民群众的参与和支持。在横向到边、纵向到底的疫情防控体系里，我们每个人都是其中的一分子。',
    ],
    absent: ['首页', '分享到', '微信', 'QQ空间', '扫一扫在手机打开当前页', '主办单位', '网站地图'],
  },
};

const CASES: Case[] = [...seedCases(), LIVE_CASE];

/** Lines kept in place as metadata (a byline, the 来源/date line): furniture phrases on them stay visible. */
const METADATA_LINE = /编辑|編輯|来源|來源|记者|記者|作者|审核|審核|编审|編審|日期|发布|發布|\d{4}[-年/.]\d{1,2}/;

/** The reader view's article (title, fields, paragraphs), without its toolbar. */
const readerText = (page: TestPage) =>
  page.evaluate(
    () => document.querySelector('qingdu-reader')?.shadowRoot?.querySelector('article')?.textContent ?? null,
  );
const visibleText = (page: TestPage) => page.evaluate(() => document.body.innerText);
const outerHtml = (page: TestPage) => page.evaluate(() => document.documentElement.outerHTML);

function shownIn(text: string, phrase: string): boolean {
  return normalise(text).includes(normalise(phrase));
}

const HAN = /\p{Script=Han}/u;
/** Han characters only: what a page shows of a paragraph whatever pinyin or markup sits between them. */
function hanOnly(text: string): string {
  return Array.from(normalise(text))
    .filter((c) => HAN.test(c))
    .join('');
}

/** A paragraph as the page had it: the article's repairs (garbled text fixed) undone. */
function unrepaired(paragraph: Article['paragraphs'][number]): string {
  let text = paragraph.text;
  for (const repair of [...(paragraph.repairs ?? [])].sort((a, b) => b.start - a.start)) {
    text = text.slice(0, repair.start) + repair.original + text.slice(repair.end);
  }
  return text;
}

/**
 * Furniture phrases still shown, skipping those on a metadata line (kept in place, like the 来源/date line): the
 * phrase's nearest block-level element is the line.
 */
function stillShown(page: TestPage, phrases: string[], metadataLine: RegExp): Promise<string[]> {
  return page.evaluate(
    ({ phrases, pattern }) => {
      const metadata = new RegExp(pattern);
      const squeeze = (t: string) => t.normalize('NFKC').replace(/\s+/g, '');
      const shown = squeeze(document.body.innerText);
      return phrases.filter((phrase) => {
        const wanted = squeeze(phrase);
        if (!shown.includes(wanted)) return false;
        const holders = [...document.body.querySelectorAll('*')].filter(
          (e) =>
            e.checkVisibility() &&
            squeeze((e as HTMLElement).innerText ?? '').includes(wanted) &&
            ![...e.children].some((c) => squeeze((c as HTMLElement).innerText ?? '').includes(wanted)),
        );
        return holders.some((e) => {
          let line: Element = e;
          while (line.parentElement && getComputedStyle(line).display.startsWith('inline')) line = line.parentElement;
          return !metadata.test((line as HTMLElement).innerText);
        });
      });
    },
    { phrases, pattern: metadataLine.source },
  );
}

/** Furniture phrases of a case that are not part of what the article itself says. */
function junk(expected: Case['expected']): string[] {
  const article = [
    expected.title ?? '',
    ...expected.paragraphs,
    expected.source ?? '',
    expected.editor ?? '',
    expected.author ?? '',
  ].join('\n');
  return expected.absent.filter((phrase) => !shownIn(article, phrase));
}

let h: Harness;

beforeAll(async () => {
  h = await launchTestBrowser();
});

afterAll(async () => {
  await h?.close();
});

describe.each(CASES)('$name', ({ path, expected }) => {
  it('reader view shows the article and its metadata; off restores the page exactly', async () => {
    const { page, tabId } = await h.openPage(path);
    const before = await outerHtml(page);
    const reply = await h.sendToTab<ArticleReply>(tabId, { type: 'qingdu:clean', mode: 'reader' });
    expect(reply.ok, reply.ok ? '' : reply.error).toBe(true);
    if (!reply.ok) return;
    expect(reply.state.clean).toBe('reader');
    expect(reply.article.date).toBe(expected.date);

    const text = (await readerText(page)) ?? '';
    // The reader shows the article's paragraphs (garbled runs repaired), and those are the expected ones.
    for (const paragraph of reply.article.paragraphs) expect(shownIn(text, paragraph.text), paragraph.text).toBe(true);
    const extracted = reply.article.paragraphs.map((p) => normalise(p.text));
    for (const paragraph of expected.paragraphs) expect(extracted, paragraph).toContain(normalise(paragraph));
    for (const value of [expected.title, expected.source, expected.editor, expected.author]) {
      if (value) expect(shownIn(text, value), value).toBe(true);
    }
    if (expected.date)
      expect(text).toContain(
        `${Number(expected.date.slice(0, 4))}年${Number(expected.date.slice(5, 7))}月${Number(expected.date.slice(8, 10))}日`,
      );
    for (const phrase of junk(expected)) expect(shownIn(text, phrase), `reader shows "${phrase}"`).toBe(false);
    // The overlay covers the page and the page no longer scrolls.
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).overflow)).toBe('hidden');

    const off = await h.sendToTab<ArticleReply>(tabId, { type: 'qingdu:clean', mode: 'off' });
    expect(off.ok && off.state.clean).toBe('off');
    expect(await readerText(page)).toBeNull();
    expect(await outerHtml(page)).toBe(before);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).overflow)).not.toBe('hidden');
    await page.close();
  });

  it('in place hides the furniture, keeps the article visible, and off restores the page exactly', async () => {
    const { page, tabId } = await h.openPage(path);
    const before = await outerHtml(page);
    const shownBefore = await visibleText(page);
    const reply = await h.sendToTab<ArticleReply>(tabId, { type: 'qingdu:clean', mode: 'inplace' });
    expect(reply.ok && reply.state.clean).toBe('inplace');

    if (!reply.ok) return;
    // In place never rewrites text: the page still shows each expected paragraph as the site wrote it.
    const extracted = reply.article.paragraphs.map((p) => normalise(p.text));
    for (const paragraph of expected.paragraphs) expect(extracted, paragraph).toContain(normalise(paragraph));
    const shown = hanOnly(await visibleText(page));
    const asWritten = reply.article.paragraphs.map(unrepaired);
    for (const paragraph of [...asWritten, expected.title ?? ''])
      expect(shown.includes(hanOnly(paragraph)), paragraph).toBe(true);
    // Pinyin glosses like `(zé)` sit inside body text: the reader view drops them, in place leaves the text alone.
    const furniture = junk(expected).filter(
      (phrase) => shownIn(shownBefore, phrase) && !/^\(\p{Script=Latin}+\)$/u.test(phrase),
    );
    expect(furniture.length).toBeGreaterThan(0);
    expect(await stillShown(page, furniture, METADATA_LINE)).toEqual([]);

    await h.sendToTab(tabId, { type: 'qingdu:clean', mode: 'off' });
    expect(await outerHtml(page)).toBe(before);
    await page.close();
  });

  it('the popup opened for the tab shows the date, source and editor', async () => {
    const { page, tabId } = await h.openPage(path);
    const popup = await h.openPopup(tabId);
    const field = (key: string) => popup.locator(`[data-field="${key}"] dd`).first();
    await field('source').waitFor({ timeout: 15_000 });
    const shows = async (key: string, value: string | null) => {
      if (value) await expect.poll(() => field(key).textContent()).toContain(value);
      else expect(await field(key).getAttribute('data-unknown'), `${key} should read unknown`).not.toBeNull();
    };
    await shows('source', expected.source);
    await shows('editor', expected.editor);
    await shows('date', expected.date ? expected.date.slice(0, 10) : null);
    await popup.close();
    await page.close();
  });
});

describe('pages that change and sites with a rule', () => {
  it('cleans content the page adds later: a late paragraph shows, a late comment widget hides', async () => {
    const { page, tabId } = await h.openPage(`${LIVE_CASE.path}#lazy=800`);
    await h.sendToTab(tabId, { type: 'qingdu:clean', mode: 'inplace' });
    await page.waitForSelector('.comment-box', { state: 'attached' });
    await expect.poll(() => page.locator('.comment-box').isVisible(), { timeout: 5000 }).toBe(false);
    expect(await visibleText(page)).toContain('疫情面前，人人有责');
    await h.sendToTab(tabId, { type: 'qingdu:clean', mode: 'off' });
    expect(await page.locator('.comment-box').isVisible()).toBe(true);
    // The page's own additions stay; none of the marks cleaning left do.
    expect(
      await page.evaluate(
        () => document.querySelectorAll('[data-qingdu-hidden], [data-qingdu-style], qingdu-reader').length,
      ),
    ).toBe(0);
    expect(await outerHtml(page)).toContain('<div class="comment-box"><div class="comment-title">网友评论</div>');
    await page.close();
  });

  it('a site set to "always clean" opens in the reader view by itself', async () => {
    await h.inExtension(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({
        settings: { ...(settings ?? {}), sites: { '127.0.0.1': { clean: 'reader' } } },
      });
    }, null);
    try {
      const { page, tabId } = await h.openPage(LIVE_CASE.path);
      await expect.poll(() => readerText(page), { timeout: 10_000 }).toContain(LIVE_CASE.expected.paragraphs[0]);
      expect(await h.sendToTab(tabId, { type: 'qingdu:state' })).toMatchObject({ clean: 'reader' });
      await page.keyboard.press('Escape');
      expect(await readerText(page)).toBeNull();
      expect(await h.sendToTab(tabId, { type: 'qingdu:state' })).toMatchObject({ clean: 'off' });
      await page.close();
    } finally {
      await h.inExtension(async () => {
        const { settings } = await chrome.storage.local.get('settings');
        await chrome.storage.local.set({ settings: { ...(settings ?? {}), sites: {} } });
      }, null);
    }
  });

  it('the reader view follows the page when its script is switched', async () => {
    const { page, tabId } = await h.openPage('/fixtures/convert/traditional.html');
    await h.sendToTab(tabId, { type: 'qingdu:clean', mode: 'reader' });
    expect(await readerText(page)).toContain('代表們認爲');
    await h.sendToTab(tabId, { type: 'qingdu:convert', target: 'hans' });
    await expect.poll(() => readerText(page), { timeout: 10_000 }).toContain('代表们认为');
    expect(await h.sendToTab(tabId, { type: 'qingdu:state' })).toEqual({ clean: 'reader', convert: 'hans' });
    await page.close();
  });

  it('the reader view is styled inside its shadow root', async () => {
    const { page, tabId } = await h.openPage(LIVE_CASE.path);
    await h.sendToTab(tabId, { type: 'qingdu:clean', mode: 'reader' });
    const style = await page.evaluate(() => {
      const root = document.querySelector('qingdu-reader')?.shadowRoot;
      const overlay = root?.querySelector('.overlay');
      const article = root?.querySelector('article');
      if (!overlay || !article) return null;
      const { position, zIndex } = getComputedStyle(overlay);
      const { lineHeight, fontSize } = getComputedStyle(article);
      return { position, zIndex, lineHeight: Number.parseFloat(lineHeight) / Number.parseFloat(fontSize) };
    });
    expect(style).toEqual({ position: 'fixed', zIndex: '2147483647', lineHeight: expect.closeTo(1.8, 2) });
    await h.sendToTab(tabId, { type: 'qingdu:clean', mode: 'off' });
    await page.close();
  });

  it('highlights a slogan with the CSS Custom Highlight API, leaving the page’s markup as it was', async () => {
    const { page, tabId } = await h.openPage(LIVE_CASE.path);
    const before = await outerHtml(page);
    expect(await h.sendToTab(tabId, { type: 'qingdu:highlight', text: '疫情防控阻击战' })).toEqual({ ok: true });
    const shown = await page.evaluate(() => {
      const highlight = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('qingdu-slogan');
      return {
        ranges: highlight ? [...highlight].map((range) => range.toString()) : [],
        rules: document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)),
      };
    });
    expect(shown.ranges).toEqual(['疫情防控阻击战']);
    expect(shown.rules.some((rule) => rule.startsWith('::highlight(qingdu-slogan)'))).toBe(true);
    expect(await outerHtml(page)).toBe(before);
    await page.close();
  });

  it('a page without an article stays as it was and the reply says why', async () => {
    const { page, tabId } = await h.openPage('/fixtures/live/no-article.html');
    const before = await outerHtml(page);
    const reply = await h.sendToTab<ArticleReply>(tabId, { type: 'qingdu:clean', mode: 'reader' });
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error).toMatch(/No article/);
    expect(await outerHtml(page)).toBe(before);
    await page.close();
  });
});

/** Corpus pages served with their charset: the extension's extraction scores as the CLI's does. */
const CORPUS_IDS = ['ia-05e98007', 'ia-0d931936', 'ia-2397c95d', 'ia-36efbc69', 'ia-5acac71b', 'ia-8baa71e3'];

describe('browser path = CLI path on corpus pages', () => {
  it.each(CORPUS_IDS)('%s', async (id) => {
    const file = join(REPO_ROOT, 'tests/corpus', id, 'page.html');
    const truth = JSON.parse(readFileSync(join(REPO_ROOT, 'tests/corpus', id, 'truth.json'), 'utf8')) as {
      body_text: string;
    };
    const loaded = await loadFile(file);
    const cliText = extractArticle(loaded.page)
      .paragraphs.map((p) => p.text)
      .join('\n');
    h.server.setCharset(`/corpus/${id}/page.html`, loaded.encoding);

    const { page, tabId } = await h.openPage(`/corpus/${id}/page.html`);
    const reply = await h.sendToTab<ArticleReply>(tabId, { type: 'qingdu:article' });
    expect(reply.ok).toBe(true);
    const browserText = reply.ok ? reply.article.paragraphs.map((p) => p.text).join('\n') : '';
    const cli = hanF1(cliText, truth.body_text);
    const browser = hanF1(browserText, truth.body_text);
    expect(Math.abs(browser - cli), `browser ${browser.toFixed(3)} vs CLI ${cli.toFixed(3)}`).toBeLessThanOrEqual(0.02);
    await page.close();
  });
});

// biome-ignore lint/suspicious/noExplicitAny: the extension API inside page.evaluate is not typed here
declare const chrome: any;

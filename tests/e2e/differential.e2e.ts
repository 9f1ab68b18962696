/**
 * The CLI reads a saved page as Chromium does: for every page of tests/corpus and tests/fixtures (and
 * ../shared/corpus-modern when it is there), the Article `loadFile` + `extractArticle` make from the file equals the
 * Article the extension's page engine makes from the same bytes in Chromium — title, date, source, editor, author,
 * reviewer and every paragraph's text.
 *
 * Chromium gets the page as the CLI decoded it (the charset it chose, in Content-Type) and without running the
 * page's scripts (`script-src 'none'`): the CLI never runs them, and what a script would write is another question
 * than whether both read the same bytes the same way. Scripting stays on, so `<noscript>` is raw text in both.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, type ExpectStatic, it } from 'vitest';
import type { Article } from '../../src/core/article';
import type { ArticleReply } from '../../src/extension/protocol';
import { loadFile } from '../../src/cli/load';
import { extractArticle } from '../../src/core/pipeline';
import { type ChromiumHarness, E2E_BROWSER, launchBrowser, REPO_ROOT } from './harness';

const MODERN_CORPUS = join(REPO_ROOT, '..', 'shared', 'corpus-modern');

/**
 * Pages whose Article differs between the two for a reason the CLI cannot follow, with the reason. Empty today:
 * a page listed here is compared all the same, and must differ.
 */
const EXPECTED_DIFFERENCES: Record<string, string> = {};

interface Case {
  /** Path relative to the repository (or to ../shared for the modern corpus). */
  name: string;
  file: string;
}

function htmlFilesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.html?$/i.test(name))
    .map((name) => join(dir, name))
    .filter((file) => statSync(file).isFile())
    .sort();
}

const CASES: Case[] = [
  ...htmlFilesUnder(join(REPO_ROOT, 'tests', 'corpus')),
  ...htmlFilesUnder(join(REPO_ROOT, 'tests', 'fixtures')),
].map((file) => ({ name: relative(REPO_ROOT, file), file }));
const MODERN_CASES: Case[] = htmlFilesUnder(MODERN_CORPUS).map((file) => ({
  name: relative(join(REPO_ROOT, '..', 'shared'), file),
  file,
}));

type Compared = Pick<Article, 'title' | 'date' | 'source' | 'editor' | 'author' | 'reviewer'> & {
  paragraphs: string[];
};

const compared = (article: Article): Compared => ({
  title: article.title,
  date: article.date,
  source: article.source,
  editor: article.editor,
  author: article.author,
  reviewer: article.reviewer,
  paragraphs: article.paragraphs.map((p) => p.text),
});

/** Pages are compared in this many tabs at once. */
const TABS = 3;

let h: ChromiumHarness;
/** Tabs free for the next comparison. */
const idleTabs: { page: Page; tabId: number }[] = [];
const tabWaiters: ((tab: { page: Page; tabId: number }) => void)[] = [];
/** What the test route serves next: one page at a time, at one URL per case. */
const served = new Map<string, { body: Buffer; charset: string }>();

/** The comparison is with Chromium's page engine: the Firefox run has nothing of its own to compare. */
const CHROMIUM = E2E_BROWSER === 'chromium';

beforeAll(async () => {
  if (!CHROMIUM) return;
  h = await launchBrowser();
  await h.context.route(`${h.origin}/differential/**`, (route) => {
    const page = served.get(new URL(route.request().url()).pathname);
    if (!page) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({
      status: 200,
      headers: {
        'content-type': `text/html; charset=${page.charset}`,
        'content-security-policy': "script-src 'none'",
        'cache-control': 'no-store',
      },
      body: page.body,
    });
  });
  for (let i = 0; i < TABS; i++) idleTabs.push(await h.openPage('/fixtures/live/no-article.html'));
});

async function withTab<T>(use: (tab: { page: Page; tabId: number }) => Promise<T>): Promise<T> {
  const tab = idleTabs.pop() ?? (await new Promise<{ page: Page; tabId: number }>((take) => tabWaiters.push(take)));
  try {
    return await use(tab);
  } finally {
    const waiter = tabWaiters.shift();
    if (waiter) waiter(tab);
    else idleTabs.push(tab);
  }
}

afterAll(async () => {
  await h?.close();
});

/** The Article the page engine makes from the file's bytes, served without running the page's scripts. */
async function browserArticle(file: string, path: string, charset: string): Promise<Article> {
  served.set(path, { body: readFileSync(file), charset });
  try {
    const reply = await withTab(async (tab) => {
      await tab.page.goto(h.origin + path, { waitUntil: 'load' });
      return h.sendToTab<ArticleReply>(tab.tabId, { type: 'qingdu:article' });
    });
    if (!reply.ok) throw new Error(`${path}: the page engine failed: ${reply.error}`);
    return reply.article;
  } finally {
    served.delete(path);
  }
}

async function compare({ name, file }: Case, index: number, expect: ExpectStatic): Promise<void> {
  const path = `/differential/${index}/${encodeURIComponent(name.replaceAll('/', '_'))}`;
  const loaded = await loadFile(file, h.origin + path);
  const cli = compared(extractArticle(loaded.page));
  const browser = compared(await browserArticle(file, path, loaded.encoding));
  const reason = EXPECTED_DIFFERENCES[name];
  if (reason) expect(browser, `${name} is listed as differing (${reason}) but does not`).not.toEqual(cli);
  else expect(cli, name).toEqual(browser);
}

describe.skipIf(!CHROMIUM)('the CLI makes the Article Chromium makes, on the same bytes', () => {
  it('covers every corpus page and fixture', () => {
    expect(CASES.filter((c) => c.name.startsWith('tests/corpus/')).length).toBe(69);
    expect(CASES.filter((c) => c.name.startsWith('tests/fixtures/malformed/')).length).toBeGreaterThanOrEqual(11);
  });

  it('reads on the live page, too, a WeChat body hidden until its script runs', async () => {
    const file = join(REPO_ROOT, 'tests', 'fixtures', 'malformed', 'wechat-pending.html');
    const article = await browserArticle(file, '/differential/wechat/pending.html', 'utf-8');
    const text = article.paragraphs.map((p) => p.text).join('');
    expect(text).toContain('全市新开通的十二条公交线路今天起正式运营');
    expect(text).toContain('让更多市民享受到方便快捷的公共交通。');
    expect(text).not.toMatch(/请在微信客户端打开|微信扫一扫/);
  });

  it.concurrent.for(CASES.map((c, i) => [c.name, c, i] as const))('%s', ([, c, i], { expect }) =>
    compare(c, i, expect),
  );

  describe.skipIf(MODERN_CASES.length === 0)('../shared/corpus-modern', () => {
    it.concurrent.for(MODERN_CASES.map((c, i) => [c.name, c, CASES.length + i] as const))(
      '%s',
      ([, c, i], { expect }) => compare(c, i, expect),
    );
  });
});

if (MODERN_CASES.length === 0)
  console.warn(`differential test: ${MODERN_CORPUS} is not there; the modern corpus pages are skipped`);

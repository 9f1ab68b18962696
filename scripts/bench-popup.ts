/**
 * `QINGDU_E2E=1 npx wxt build && npx tsx scripts/bench-popup.ts [--rounds N] [--limit N] [--modern DIR]`: how long the
 * popup takes to show a page's fields, in Chromium with the built extension, from the popup's navigation start to the
 * first frame painted after the fields are in its DOM (`performance.now()` in the popup), and to the slogans.
 *
 * Each page is opened in a fresh tab (nothing injected), then the popup is opened for it in a window of its own, as the
 * toolbar button does: "first open" (content script and page engine injected, the page read, fields shown). The popup
 * is closed and opened again on the same document: "reopen" (the page engine answers from its cache). As a reference,
 * Mozilla Readability's extraction alone (clone + parse, a cold first run and the median of five) is timed in the same
 * tab. Pages: the fixtures of tests/fixtures/{portal,seeds,live}, the corpus pages, and the pages of --modern DIR when
 * given (measurement only: they are served from where they are). Prints medians and worst cases; asserts nothing.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { parseArgs } from '../src/cli/io';
import {
  type ChromiumHarness as Harness,
  launchBrowser,
  REPO_ROOT,
  serveDirectory,
  type StaticServer,
} from '../tests/e2e/harness';
import { browserBundle } from './browser-bundle';
import { fixturePaths, servedFolderPages } from './served-pages';

const { options } = parseArgs(process.argv.slice(2));
const ROUNDS = Number(options.rounds ?? 1);
const LIMIT = Number(options.limit ?? Infinity);
const MODERN = typeof options.modern === 'string' ? options.modern : null;

// biome-ignore lint/suspicious/noExplicitAny: the extension API inside the service worker is not typed here
declare const chrome: any;

/** Runs in the popup before its own script: the time of the first frame painted after fields (and slogans) appear. */
const POPUP_PROBE = `(() => {
  if (location.protocol !== 'chrome-extension:' || !location.pathname.endsWith('/popup.html')) return;
  const marks = (globalThis.qingduPopupTimes = {});
  const painted = (name) => requestAnimationFrame(() => setTimeout(() => (marks[name] = performance.now())));
  new MutationObserver(() => {
    if (!('fields' in marks) && document.querySelector('[data-field="title"]')) { marks.fields = -1; painted('fields'); }
    if (!('slogans' in marks) && document.querySelector('[aria-labelledby="slogans-heading"]:not([data-slogans="pending"])')) { marks.slogans = -1; painted('slogans'); }
    if (!('failed' in marks) && document.querySelector('[data-untouchable], [data-no-article]')) marks.failed = performance.now();
  }).observe(document, { childList: true, subtree: true, attributes: true });
})();`;

/** Milliseconds from the popup's navigation start, and from its load event (its code has run, its first view is up). */
interface Times {
  fields: number;
  slogans: number;
  load: number;
}

function readabilityBundle(): Promise<string> {
  return browserBundle(`import { Readability } from '@mozilla/readability';
    globalThis.qingduReadability = () => (new Readability(document.cloneNode(true)).parse()?.textContent ?? '').length;`);
}

/** Open the popup for a tab in a popup window, as the toolbar does, and wait for its fields and slogans. */
async function timePopup(h: Harness, tabId: number): Promise<Times | string> {
  const opened = h.context.waitForEvent('page', { predicate: (p) => p.url().includes('/popup.html'), timeout: 30_000 });
  const windowId = await h.inExtension(
    async (url: string) =>
      (await chrome.windows.create({ url, type: 'popup', width: 360, height: 600, focused: true })).id as number,
    `chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`,
  );
  const popup = await opened;
  try {
    const done = await popup
      .waitForFunction(
        () => {
          const m = (globalThis as { qingduPopupTimes?: Record<string, number> }).qingduPopupTimes;
          return !!m && ((m.fields! > 0 && m.slogans! > 0) || m.failed! > 0);
        },
        undefined,
        { timeout: 30_000, polling: 50 },
      )
      .catch(() => null);
    if (!done)
      return `nothing shown: ${await popup.evaluate('document.visibilityState + JSON.stringify(globalThis.qingduPopupTimes)')} ${((await popup.textContent('body').catch(() => '')) ?? '').slice(0, 40)}`;
    const marks = (await popup.evaluate('globalThis.qingduPopupTimes')) as Record<string, number>;
    if (marks.failed) return `no article: ${(await popup.textContent('main')) ?? ''}`;
    const load = (await popup.evaluate("performance.getEntriesByType('navigation')[0].loadEventStart")) as number;
    return { fields: marks.fields!, slogans: marks.slogans!, load };
  } finally {
    await h.inExtension((id: number) => chrome.windows.remove(id), windowId);
  }
}

/** A fresh tab on `url`, found by Playwright; nothing of the extension runs in it yet. */
async function openTab(h: Harness, url: string): Promise<{ page: Page; tabId: number }> {
  const opened = h.context.waitForEvent('page', { predicate: (p) => p.url() === url, timeout: 30_000 });
  const tabId = await h.inExtension(
    async (target: string) => (await chrome.tabs.create({ url: target, active: true })).id as number,
    url,
  );
  const page = await opened;
  // A saved page whose blocked resources never settle still gets read once its document is there.
  await page.waitForLoadState('load', { timeout: 10_000 }).catch(() => page.waitForLoadState('domcontentloaded'));
  return { page, tabId };
}

/**
 * Where a first open's time goes, timed from the service worker in another fresh tab of the page: putting the
 * content script and the page engine into the tab (one executeScript), and the engine reading the page and answering
 * with the article (the fields' request).
 */
async function firstOpenParts(h: Harness, url: string): Promise<{ inject: number; read: number }> {
  const { page, tabId } = await openTab(h, url);
  try {
    return await h.inExtension(async (tab: number) => {
      let start = performance.now();
      await chrome.scripting.executeScript({
        target: { tabId: tab },
        files: ['/content-listener.js', '/page-engine.js'],
      });
      const inject = performance.now() - start;
      start = performance.now();
      const reply = await chrome.tabs.sendMessage(tab, { type: 'qingdu:read' });
      // A build from before the fields had a request of their own answers with the whole article.
      if (reply?.failure) await chrome.tabs.sendMessage(tab, { type: 'qingdu:article' });
      return { inject, read: performance.now() - start };
    }, tabId);
  } finally {
    await page.close();
  }
}

async function readabilityTimes(page: Page, code: string): Promise<{ cold: number; warm: number }> {
  await page.addScriptTag({ content: code });
  return (await page.evaluate(`(() => {
    const time = () => { const start = performance.now(); globalThis.qingduReadability(); return performance.now() - start; };
    const cold = time();
    const warm = [0, 0, 0, 0, 0].map(time).sort((a, b) => a - b)[2];
    return { cold, warm };
  })()`)) as { cold: number; warm: number };
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const quantile = (values: number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};

interface Target {
  name: string;
  url: string;
}

async function targets(h: Harness, modern: StaticServer | null): Promise<Target[]> {
  const list: Target[] = fixturePaths(['portal', 'seeds', 'live'], (file) => file !== 'no-article.html').map(
    (path) => ({ name: path.slice(1), url: h.origin + path }),
  );
  const corpus = await servedFolderPages(h.server, join(REPO_ROOT, 'tests/corpus'), {
    prefix: 'ia-',
    under: '/corpus',
  });
  for (const { id, path } of corpus) list.push({ name: `corpus/${id}`, url: h.origin + path });
  if (modern && MODERN) {
    for (const { id, path } of await servedFolderPages(modern, MODERN))
      list.push({ name: `modern/${id}`, url: modern.origin + path });
  }
  return list.slice(0, LIMIT);
}

async function main(): Promise<void> {
  const readability = await readabilityBundle();
  const h = await launchBrowser();
  const modern = MODERN ? await serveDirectory(MODERN) : null;
  if (modern) {
    // The harness lets pages load only from its own server; the measurement pages' server is let through too.
    await h.context.route(
      (url) => url.href.startsWith(`${modern.origin}/`),
      (route) => route.continue(),
    );
  }
  await h.context.addInitScript(POPUP_PROBE);
  const first: number[] = [];
  const firstSlogans: number[] = [];
  const again: number[] = [];
  const againSlogans: number[] = [];
  const firstFromLoad: number[] = [];
  const againFromLoad: number[] = [];
  const popupLoad: number[] = [];
  const cold: number[] = [];
  const warm: number[] = [];
  const injects: number[] = [];
  const reads: number[] = [];
  let skipped = 0;
  /** Both opens of the popup for one page, and Readability on it; a page without an article is left out. */
  const measure = async (name: string, page: Page, tabId: number): Promise<void> => {
    const opened = await timePopup(h, tabId);
    const reopened = typeof opened === 'string' ? opened : await timePopup(h, tabId);
    if (typeof opened === 'string' || typeof reopened === 'string') {
      console.log(`${name.padEnd(44)} ${typeof opened === 'string' ? opened : `on reopening: ${reopened}`}`);
      skipped++;
      return;
    }
    const reference = await readabilityTimes(page, readability);
    const parts = await firstOpenParts(h, page.url());
    injects.push(parts.inject);
    reads.push(parts.read);
    first.push(opened.fields);
    firstFromLoad.push(opened.fields - opened.load);
    againFromLoad.push(reopened.fields - reopened.load);
    popupLoad.push(opened.load, reopened.load);
    firstSlogans.push(opened.slogans);
    again.push(reopened.fields);
    againSlogans.push(reopened.slogans);
    cold.push(reference.cold);
    warm.push(reference.warm);
    console.log(
      `${name.padEnd(44)} first ${opened.fields.toFixed(0).padStart(4)} ms (from load ${(opened.fields - opened.load).toFixed(0).padStart(4)}, slogans ${opened.slogans.toFixed(0).padStart(4)})  reopen ${reopened.fields.toFixed(0).padStart(4)} ms (from load ${(reopened.fields - reopened.load).toFixed(0).padStart(3)})  Readability ${reference.cold.toFixed(0).padStart(4)} / ${reference.warm.toFixed(0)} ms`,
    );
  };
  try {
    const list = await targets(h, modern);
    for (let round = 0; round < ROUNDS; round++) {
      for (const target of list) {
        const { page, tabId } = await openTab(h, target.url);
        try {
          await measure(target.name, page, tabId);
        } catch (error) {
          console.log(`${target.name.padEnd(44)} skipped: ${String(error).split('\n')[0]}`);
          skipped++;
        } finally {
          await page.close();
        }
      }
    }
  } finally {
    await h.close();
    await modern?.close();
  }
  const line = (name: string, values: number[]) =>
    console.log(
      `${name.padEnd(44)} median ${median(values).toFixed(0).padStart(4)} ms   p90 ${quantile(values, 0.9).toFixed(0).padStart(4)} ms   worst ${Math.max(
        ...values,
      )
        .toFixed(0)
        .padStart(4)} ms`,
    );
  console.log(
    `\n${first.length} page loads measured (${skipped} left out: no article, or nothing shown), ${ROUNDS} round(s)`,
  );
  line('popup load event (its code has run)', popupLoad);
  line('first open: fields painted, from load', firstFromLoad);
  line('first open: fields painted, from navigation', first);
  line('first open: slogans painted, from navigation', firstSlogans);
  line('reopen: fields painted, from load', againFromLoad);
  line('reopen: fields painted, from navigation', again);
  line('reopen: slogans painted, from navigation', againSlogans);
  line('first open, part: inject script + engine', injects);
  line('first open, part: read the page, answer', reads);
  line('Readability alone, first run (clone + parse)', cold);
  line('Readability alone, median of 5 more', warm);
}

await main();

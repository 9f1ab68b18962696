/**
 * `QINGDU_E2E=1 npx wxt build && npx tsx scripts/bench-library.ts [--articles 5000] [--repeat 5] [--pages 40] [--libraries]`:
 * the reading library in Chromium with the built extension.
 *
 * - Opening: the library page on N generated articles (corpus paragraphs mixed into articles of about 2,000
 *   characters, with their real slogans, records built by the library's own code), from navigation to the first rows
 *   on screen, and to the first search answered (the search texts load after the table).
 * - Searching: each keystroke of a few queries typed one character at a time, simplified and traditional, from the
 *   input event to the table rendered, and to the next frame.
 * - Saving, in the page: main-thread time the page spends answering the library's request for its article (a trace's
 *   top-level tasks of the extension's scripts), on served corpus pages, when the popup had already read the article
 *   and when nothing had (a site's rule saving on load); and the request's round trip from the background.
 * - `--libraries`: in Node, MiniSearch and FlexSearch indexing the same texts by character pairs, beside the scan.
 * Prints medians; asserts nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { parseArgs } from '../src/cli/io';
import { loadFile } from '../src/cli/load';
import type { ArticleWithSlogans } from '../src/core/article';
import { entryOf, type SavedVersion, versionOf } from '../src/core/library/saved';
import { queryTerms, searchTextOf, searchTexts } from '../src/core/library/search';
import { withSlogans } from '../src/core/slogans';
import { neutral } from '../src/core/text/neutral';
import { type ChromiumHarness, launchBrowser, REPO_ROOT } from '../tests/e2e/harness';

const { options } = parseArgs(process.argv.slice(2), ['libraries']);
const ARTICLES = Number(options.articles ?? 5000);
const REPEAT = Number(options.repeat ?? 5);
const PAGES = Number(options.pages ?? 40);

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const ms = (value: number) => `${value.toFixed(1)} ms`;

/** A deterministic generator, so every run builds the same library. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
}

/** Paragraphs of the corpus pages and seeds as the pipeline read them, by script. */
function corpusParagraphs(): { hans: string[]; hant: string[] } {
  const found = { hans: [] as string[], hant: [] as string[] };
  const dir = join(REPO_ROOT, 'tests/pages');
  for (const id of readdirSync(dir)) {
    const page = JSON.parse(readFileSync(join(dir, id, 'expected.json'), 'utf8')) as {
      script: 'hans' | 'hant';
      paragraphs: string[];
    };
    for (const text of page.paragraphs) if (text.length >= 20) found[page.script].push(text);
  }
  return found;
}

const SOURCES = [
  '人民日报',
  '新华社',
  '光明日报',
  '经济日报',
  '求是',
  '四川日报',
  '解放日报',
  '南方日报',
  '中国新闻网',
];
const EDITORS = ['王小明', '李华', '张伟', '刘洋', '陈静', '杨帆', '赵敏', '黄磊'];

function generatedArticles(count: number): SavedVersion[] {
  const next = random(7);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const paragraphs = corpusParagraphs();
  const versions: SavedVersion[] = [];
  for (let id = 1; id <= count; id++) {
    const script = next() < 0.15 && paragraphs.hant.length > 0 ? 'hant' : 'hans';
    const pool = paragraphs[script];
    const texts: string[] = [];
    for (let length = 0; length < 2000; ) {
      const text = pick(pool);
      texts.push(text);
      length += text.length;
    }
    const year = 2019 + Math.floor(next() * 7);
    const month = 1 + Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 28);
    const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const article: ArticleWithSlogans = withSlogans({
      title: texts[0]!.slice(0, 12 + Math.floor(next() * 14)),
      subtitle: null,
      date,
      source: pick(SOURCES),
      editor: pick(EDITORS),
      author: null,
      reviewer: null,
      site: null,
      url: null,
      script,
      paragraphs: texts.map((text, block) => ({ text, block })),
      roles: [],
      removed: [],
      warnings: [],
      evidence: {},
      rejected: [],
    });
    const url = `https://news.example.cn/${year}/${id}.html`;
    versions.push({ id, ...versionOf(article, url, Date.UTC(2026, 0, 1) + id * 60_000) });
  }
  return versions;
}

/** Write the records into the library's stores as the library's own code built them (the page made the schema). */
async function fill(page: Page, versions: SavedVersion[]): Promise<void> {
  const BATCH = 250;
  for (let start = 0; start < versions.length; start += BATCH) {
    const batch = versions.slice(start, start + BATCH).map((version) => ({
      version,
      entry: entryOf(version, null),
      text: { url: version.url, text: searchTextOf(version.article) },
    }));
    await page.evaluate(
      (records) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('qingdu-library');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(['versions', 'entries', 'texts'], 'readwrite');
            for (const record of records) {
              tx.objectStore('versions').put(record.version);
              tx.objectStore('entries').put(record.entry);
              tx.objectStore('texts').put(record.text);
            }
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      batch,
    );
  }
}

/** Before the page's own scripts: note when the first rows are in the document, and when a frame shows them. */
const WATCH_ROWS = `(() => {
  const marks = (globalThis.qingduBenchMarks = {});
  const watch = new MutationObserver(() => {
    if (marks.rows || !document.querySelector('[data-library="table"] tbody tr')) return;
    marks.rows = performance.now();
    requestAnimationFrame(() => { marks.frame = performance.now(); });
    watch.disconnect();
  });
  watch.observe(document, { childList: true, subtree: true });
})()`;

/** Type `query` into the search box as of now; resolves with the time to the table rendered and to the next frame. */
async function type(query: string): Promise<{ rendered: number; frame: number }> {
  const box = document.querySelector('[data-library="search"]') as HTMLInputElement;
  const start = performance.now();
  box.value = query;
  box.dispatchEvent(new Event('input', { bubbles: true }));
  await new Promise((done) => setTimeout(done, 0));
  const rendered = performance.now() - start;
  await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  return { rendered, frame: performance.now() - start };
}

interface Marks {
  rows?: number;
  frame?: number;
}

async function benchOpen(h: ChromiumHarness, page: Page): Promise<void> {
  const rows: number[] = [];
  const frames: number[] = [];
  const searchable: number[] = [];
  await page.addInitScript(WATCH_ROWS);
  for (let run = 0; run < REPEAT; run++) {
    await page.goto(`${h.extensionOrigin}/library.html`);
    await page.waitForFunction(
      () => (globalThis as { qingduBenchMarks?: Marks }).qingduBenchMarks?.frame !== undefined,
      null,
      { timeout: 60_000 },
    );
    const seen = (await page.evaluate(
      () => (globalThis as { qingduBenchMarks?: Marks }).qingduBenchMarks,
    )) as Required<Marks>;
    rows.push(seen.rows);
    frames.push(seen.frame);
    // Searching as soon as the rows are there: answered once the search texts have loaded.
    await page.locator('[data-library="search"]').fill('高质量发展');
    await page.waitForFunction(() => !document.querySelector('[data-library="indexing"]'), null, { timeout: 60_000 });
    searchable.push(await page.evaluate(() => performance.now()));
  }
  console.log(`library with ${ARTICLES} articles, ${REPEAT} loads (median):`);
  console.log(
    `  navigation → first rows in the document: ${ms(median(rows))} (runs: ${rows.map((v) => v.toFixed(0)).join(', ')})`,
  );
  console.log(`  navigation → first frame showing them:   ${ms(median(frames))}`);
  console.log(`  navigation → first search answered:      ${ms(median(searchable))}`);
}

async function benchKeystrokes(page: Page): Promise<void> {
  await page.goto(`${page.url()}`);
  await page.waitForFunction(
    () => (globalThis as { qingduBenchMarks?: Marks }).qingduBenchMarks?.frame !== undefined,
    null,
    { timeout: 60_000 },
  );
  await page.locator('[data-library="search"]').fill('x');
  await page.waitForFunction(() => !document.querySelector('[data-library="indexing"]'), null, { timeout: 60_000 });
  const rendered: number[] = [];
  const frames: number[] = [];
  const worst = { value: 0, query: '' };
  for (let run = 0; run < REPEAT; run++) {
    for (const query of ['高质量发展', '緊緊依靠人民群眾', '疫情防控 人民', '新时代中国特色社会主义思想']) {
      for (const typed of [...[...query].map((_, i) => query.slice(0, i + 1)), '']) {
        const t = await page.evaluate(type, typed);
        rendered.push(t.rendered);
        frames.push(t.frame);
        if (t.frame > worst.value) Object.assign(worst, { value: t.frame, query: typed });
      }
    }
  }
  console.log(`search, ${rendered.length} keystrokes (four queries typed a character at a time, then cleared):`);
  console.log(
    `  input → table rendered: median ${ms(median(rendered))}, 90th percentile ${ms(percentile(rendered, 0.9))}`,
  );
  console.log(
    `  input → next frame:     median ${ms(median(frames))}, 90th percentile ${ms(percentile(frames, 0.9))}, slowest ${ms(worst.value)} («${worst.query || '(cleared)'}»)`,
  );
}

function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))]!;
}

/**
 * Main-thread time of the extension's content scripts in a page while `run` goes on: the trace's calls into the
 * extension's isolated world (named after the extension), which hold the message handler and everything it runs.
 */
async function pageTime(h: ChromiumHarness, page: Page, world: string, run: () => Promise<unknown>): Promise<number> {
  const cdp = await h.context.newCDPSession(page);
  const events: { name: string; dur?: number; ph: string; args?: { worldName?: string } }[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as typeof events)));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8',
    transferMode: 'ReportEvents',
  } as never);
  await run();
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  return (
    events
      .filter((e) => e.ph === 'X' && e.name === 'v8.callFunction' && e.args?.worldName === world)
      .reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000
  );
}

async function benchSaving(h: ChromiumHarness): Promise<void> {
  const corpus = join(REPO_ROOT, 'tests/corpus');
  const paths: string[] = [];
  for (const id of readdirSync(corpus)
    .filter((n) => n.startsWith('ia-'))
    .sort()
    .slice(0, PAGES)) {
    const path = `/corpus/${id}/page.html`;
    h.server.setCharset(path, (await loadFile(join(corpus, id, 'page.html'))).encoding);
    paths.push(path);
  }
  // biome-ignore lint/suspicious/noExplicitAny: the extension API inside the service worker
  const world = await h.inExtension(() => (globalThis as any).chrome.runtime.getManifest().name as string, null);
  const cold: number[] = [];
  const warm: number[] = [];
  const trips: number[] = [];
  const ask = (tabId: number, type: string) =>
    h.inExtension(
      async ({ tabId, type }: { tabId: number; type: string }) => {
        const start = performance.now();
        // biome-ignore lint/suspicious/noExplicitAny: the extension API inside the service worker
        await (globalThis as any).chrome.tabs.sendMessage(tabId, { type });
        return performance.now() - start;
      },
      { tabId, type },
    );
  for (const path of paths) {
    const { page, tabId } = await h.openPage(path);
    try {
      // Load the page engine first (it reads nothing for this): its loading is not saving.
      await h.sendToTab(tabId, { type: 'qingdu:highlight', text: '' });
      cold.push(await pageTime(h, page, world, () => ask(tabId, 'qingdu:library-article')));
      await ask(tabId, 'qingdu:article');
      warm.push(await pageTime(h, page, world, () => ask(tabId, 'qingdu:library-article')));
      trips.push(await ask(tabId, 'qingdu:library-article'));
    } catch (error) {
      console.log(`${path}: skipped (${String(error).split('\n')[0]})`);
    } finally {
      await page.close();
    }
  }
  console.log(`saving, main-thread time in the page answering the library's request (${cold.length} corpus pages):`);
  console.log(
    `  article already read (the popup was open): median ${ms(median(warm))}, slowest ${ms(Math.max(...warm))}; round trip from the background ${ms(median(trips))}`,
  );
  console.log(
    `  nothing read yet (a site's rule): median ${ms(median(cold))}, 90th percentile ${ms(percentile(cold, 0.9))}, slowest ${ms(Math.max(...cold))}`,
  );
}

async function compareLibraries(versions: SavedVersion[]): Promise<void> {
  const texts = new Map(versions.map((v) => [v.url, searchTextOf(v.article)]));
  const queries = ['高质量发展', '紧紧依靠人民群众', '疫情防控'];
  const scan = queries.map((q) => {
    const start = performance.now();
    const found = searchTexts(texts, queryTerms(q)).size;
    return `${q} ${found} in ${ms(performance.now() - start)}`;
  });
  console.log(`scan of the neutral texts (what the library does), no index: ${scan.join('; ')}`);
  const pairs = (text: string) => {
    const s = neutral(text).replace(/\s+/g, '');
    const out: string[] = [];
    for (let i = 0; i + 1 < s.length; i++) out.push(s.slice(i, i + 2));
    return out.length ? out : [s];
  };
  const docs = [...texts.values()].map((text, id) => ({ id, text }));
  const { default: MiniSearch } = await import('minisearch');
  const { Index } = await import('flexsearch');
  for (const [name, build] of [
    [
      'MiniSearch 7',
      () => {
        const index = new MiniSearch({ fields: ['text'], tokenize: pairs, processTerm: (term) => term });
        index.addAll(docs);
        return (q: string) => index.search(q, { combineWith: 'AND' }).length;
      },
    ],
    [
      'FlexSearch 0.8',
      () => {
        const index = new Index({
          tokenize: 'strict',
          encoder: { finalize: (terms: string[]) => terms.flatMap(pairs) },
        } as never);
        for (const doc of docs) index.add(doc.id, doc.text);
        return (q: string) => index.search(q, { limit: docs.length }).length;
      },
    ],
  ] as const) {
    globalThis.gc?.();
    const heap = process.memoryUsage().heapUsed;
    const start = performance.now();
    const search = build();
    const built = performance.now() - start;
    const grown = (process.memoryUsage().heapUsed - heap) / 1e6;
    const answers = queries.map((q) => {
      const t = performance.now();
      const n = search(q);
      return `${q} ${n} in ${ms(performance.now() - t)}`;
    });
    console.log(
      `${name}, character pairs: built in ${(built / 1000).toFixed(1)} s, heap +${grown.toFixed(0)} MB; ${answers.join('; ')}`,
    );
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const versions = generatedArticles(ARTICLES);
  const characters = versions.reduce((sum, v) => sum + v.article.paragraphs.reduce((s, p) => s + p.text.length, 0), 0);
  console.log(
    `${ARTICLES} generated articles, ${(characters / 1e6).toFixed(1)} M characters of text, built in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  if (options.libraries) await compareLibraries(versions);
  const h = await launchBrowser();
  try {
    const page = await h.context.newPage();
    await page.goto(`${h.extensionOrigin}/library.html`);
    await page.locator('[data-library="count"]').waitFor();
    await fill(page, versions);
    const usage = (await page.evaluate(async () => (await navigator.storage.estimate()).usage)) ?? 0;
    console.log(`stored: ${(usage / 1e6).toFixed(0)} MB (navigator.storage.estimate)`);
    await benchOpen(h, page);
    await benchKeystrokes(page);
    await page.close();
    await benchSaving(h);
  } finally {
    await h.close();
  }
}

await main();

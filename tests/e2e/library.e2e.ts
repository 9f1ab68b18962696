/**
 * The reading library in the browser: saving from the popup, saving again after the page changed (a second version
 * and what changed), searching in either script, the formulations chart with its click-through, every export
 * compared with the expected files, deleting, a browser restart, a refused write (the quota), and a site saved
 * automatically by its rule.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleOf, loadBytes } from '../../src/cli/load';
import { articleJson } from '../../src/core/article-json';
import { withSlogans } from '../../src/core/slogans';
import { type Harness, launchTestBrowser, REPO_ROOT, type TestPage } from './harness';

// biome-ignore lint/suspicious/noExplicitAny: the extension API inside page.evaluate is not typed here
declare const chrome: any;

const EXPECTED = join(REPO_ROOT, 'tests/e2e/expected/library');
const DOCS = join(REPO_ROOT, 'docs');
/** QINGDU_UPDATE_EXPECTED=1 writes the expected export files from this run instead of comparing with them. */
const UPDATE = process.env.QINGDU_UPDATE_EXPECTED === '1';

interface TestArticle {
  title: string;
  date: string;
  source: string;
  editor: string;
  paragraphs: string[];
}

function articleHtml(a: TestArticle): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${a.title}_测试网</title></head><body>
<div class="nav"><a href="/">首页</a> | <a href="/">要闻</a> | <a href="/">评论</a></div>
<div class="article"><h1>${a.title}</h1><div class="info">${a.date} 来源：${a.source}</div>
${a.paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
<p class="editor">（责任编辑：${a.editor}）</p></div>
<div class="footer">测试网 版权所有</div></body></html>`;
}

const EDITED_V1: TestArticle = {
  title: '全市乡村振兴工作会议召开',
  date: '2024-03-10 10:00',
  source: '示例晚报',
  editor: '赵敏',
  paragraphs: [
    '会议强调，要坚持农业农村优先发展，全面推进乡村振兴，加快建设农业强市。',
    '会议要求，各地要压实工作责任，细化工作举措，确保各项任务落地见效。',
    '会议还对春耕生产、农村人居环境整治等工作作了具体部署。',
  ],
};
const EDITED_V2: TestArticle = {
  ...EDITED_V1,
  title: '全市乡村振兴工作会议召开 部署全年重点任务',
  paragraphs: [
    '会议强调，要坚定不移坚持农业农村优先发展，全面推进乡村振兴，加快建设农业强市。',
    '会议要求，各地要压实工作责任，细化工作举措，确保各项任务落地见效。',
    '会议还对春耕生产、农村人居环境整治等工作作了具体部署。',
    '会议以视频形式开到各区县，各区县设分会场。',
  ],
};
const NOVEMBER: TestArticle = {
  title: '推动高质量发展取得新成效',
  date: '2023-11-05 09:30',
  source: '测试日报',
  editor: '王小明',
  paragraphs: [
    '会议指出，今年以来全市坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，推动高质量发展取得新成效。',
    '会议强调，要把推动高质量发展作为首要任务，扎实推进共同富裕，持续增进民生福祉，确保各项目标任务圆满完成。',
    '会议要求，各级各部门要压实责任、真抓实干，以钉钉子精神抓好工作落实，为全年经济社会发展画上圆满句号。',
  ],
};
const JANUARY: TestArticle = {
  title: '扎实推进共同富裕',
  date: '2024-01-20 08:00',
  source: '测试日报',
  editor: '李华',
  paragraphs: [
    '新年伊始，全市上下以高质量发展为主线，在扎实推进共同富裕上迈出新步伐。',
    '会议强调，共同富裕是社会主义的本质要求，要在高质量发展中促进共同富裕，让发展成果更多更公平惠及全体人民。',
  ],
};
const AUTOMATIC: TestArticle = {
  title: '本站规则自动保存的文章',
  date: '2024-02-02 12:00',
  source: '示例晚报',
  editor: '钱七',
  paragraphs: [
    '这一页面所在的网站设置了总是保存的规则，页面打开后无需任何操作即会保存到文库。',
    '保存发生在页面加载完成、浏览器空闲之后，不影响页面的显示。',
  ],
};

const profileDir = mkdtempSync(join(tmpdir(), 'qingdu-library-profile-'));
let h: Harness;

beforeAll(async () => {
  h = await launchTestBrowser({ profileDir });
  h.server.serveHtml('/library/edited.html', articleHtml(EDITED_V1));
  h.server.serveHtml('/library/november.html', articleHtml(NOVEMBER));
  h.server.serveHtml('/library/january.html', articleHtml(JANUARY));
  h.server.serveHtml('/library/automatic.html', articleHtml(AUTOMATIC));
});

afterAll(async () => {
  await h?.close();
  rmSync(profileDir, { recursive: true, force: true });
});

/** Save a served page with the popup's Save button; resolves with the status the popup shows. */
async function saveFromPopup(path: string): Promise<string> {
  const { page, tabId } = await h.openPage(path);
  let popup = await h.openPopup(tabId);
  let button = popup.locator('[data-action="save"]');
  try {
    await button.waitFor({ timeout: 15_000 });
  } catch {
    // Seen once, on a loaded machine right after the browser started: the popup never showed the page's fields. A
    // reader would open it again; the run says what the first one showed.
    const shown = await popup.locator('main').textContent();
    console.warn(`library: the popup for ${path} showed no Save button (it showed: ${shown}); opening it again`);
    await popup.close();
    popup = await h.openPopup(tabId);
    button = popup.locator('[data-action="save"]');
    await button.waitFor({ timeout: 20_000 });
  }
  await button.click();
  let status = '';
  await expect
    .poll(async () => (status = (await popup.locator('.status').textContent()) ?? ''), { timeout: 15_000 })
    .not.toBe('');
  await popup.close();
  await page.close();
  return status;
}

async function openLibrary(): Promise<TestPage> {
  const page = await h.context.newPage();
  await page.goto(`${h.extensionOrigin}/library.html`);
  await page.locator('[data-library="count"]').waitFor({ timeout: 10_000 });
  return page;
}

const rowTitles = (library: TestPage) => library.locator('[data-library="table"] tbody td.title').allTextContents();

/** Type a query and wait for the search texts (loaded after the table) to be searched. */
async function search(library: TestPage, query: string): Promise<void> {
  await library.locator('[data-library="search"]').fill(query);
  await library.waitForFunction(() => !document.querySelector('[data-library="indexing"]'), null);
}

/** The rows' titles once the table has settled on `count` rows. */
async function titlesOnceThere(library: TestPage, count: number): Promise<string[]> {
  await expect.poll(async () => (await rowTitles(library)).length).toBe(count);
  return rowTitles(library);
}

describe('the reading library', () => {
  it('saves from the popup, and keeps a second version of a changed page with what changed', async () => {
    expect(await saveFromPopup('/library/edited.html')).toBe('Saved to the library.');
    expect(await saveFromPopup('/library/edited.html')).toBe('Already saved, unchanged (1 version(s)).');
    h.server.serveHtml('/library/edited.html', articleHtml(EDITED_V2));
    expect(await saveFromPopup('/library/edited.html')).toBe(
      'Saved as version 2: 1 added, 0 removed, 1 edited paragraphs; changed: Title.',
    );

    const library = await openLibrary();
    expect(await titlesOnceThere(library, 1)).toEqual([EDITED_V2.title]);
    await library.locator('[data-library="versions"]').click();
    const versions = library.locator('[data-versions]');
    await versions.waitFor();
    expect(await versions.locator('[data-field-change="title"] del').textContent()).toBe(EDITED_V1.title);
    expect(await versions.locator('[data-field-change="title"] ins').textContent()).toBe(EDITED_V2.title);
    expect(await versions.locator('[data-change="edited"] ins').allTextContents()).toEqual(['定不移坚']);
    expect(await versions.locator('[data-change="added"]').textContent()).toContain(EDITED_V2.paragraphs[3]);

    // The first version, read from the library in the reader view (nothing is fetched: the site may be gone).
    await versions.locator('[data-version="1"] button').click();
    await library.waitForFunction(
      () => !!document.querySelector('qingdu-reader')?.shadowRoot?.querySelector('h1'),
      null,
    );
    expect(
      await library.evaluate(() => {
        const root = document.querySelector('qingdu-reader')!.shadowRoot!;
        return [root.querySelector('h1')!.textContent, root.querySelectorAll('p').length];
      }),
    ).toEqual([EDITED_V1.title, EDITED_V1.paragraphs.length]);
    await library.keyboard.press('Escape');
    expect(await library.evaluate(() => document.querySelector('qingdu-reader'))).toBeNull();
    await library.close();
  });

  it('searches title and text in either script, from the keyboard', async () => {
    expect(await saveFromPopup('/fixtures/seeds/000.html')).toBe('Saved to the library.');
    expect(await saveFromPopup('/fixtures/seeds/001.html')).toBe('Saved to the library.');
    const library = await openLibrary();
    await library.keyboard.press('/');
    expect(await library.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.library)).toBe(
      'search',
    );

    // Simplified query, traditional page (seed 001 has no title: its row shows its address).
    await search(library, '专门听取新型冠状病毒');
    expect(await titlesOnceThere(library, 1)).toEqual([`${h.origin}/fixtures/seeds/001.html`]);
    // Traditional query, simplified page.
    await search(library, '緊緊依靠人民群眾');
    await expect.poll(() => rowTitles(library)).toEqual(['依靠群众打赢疫情防控阻击战']);
    // Both.
    await search(library, '打贏疫情防控阻擊戰');
    await titlesOnceThere(library, 2);
    await search(library, '');
    await titlesOnceThere(library, 3);

    await library.locator('[data-sort="date"]').focus();
    await library.keyboard.press('Enter');
    expect(await library.locator('th[aria-sort="ascending"] [data-sort="date"]').count()).toBe(1);
    expect((await rowTitles(library))[0]).toBe('依靠群众打赢疫情防控阻击战');
    await library.close();
  });

  it('charts formulations by publish month, and a point shows its articles', async () => {
    expect(await saveFromPopup('/library/november.html')).toBe('Saved to the library.');
    expect(await saveFromPopup('/library/january.html')).toBe('Saved to the library.');
    const library = await openLibrary();
    await library.locator('[data-filter="source"]').selectOption('测试日报');
    expect(await titlesOnceThere(library, 2)).toEqual([JANUARY.title, NOVEMBER.title]);
    // The formulations follow the filters once they settle.
    await expect.poll(() => library.locator('#formulations-heading').textContent()).toContain('(2 articles)');
    for (const key of ['高质量发展', '共同富裕']) await library.locator(`[data-chart-slogan="${key}"]`).check();
    const points = library.locator('[data-chart] [data-series="高质量发展"] circle');
    expect(await points.count()).toBe(2);
    expect(await points.nth(0).getAttribute('data-month')).toBe('2023-11');
    expect(await points.nth(0).getAttribute('data-count')).toBe('3');
    expect(
      await library.locator('[data-chart] [data-series="共同富裕"] circle').nth(1).getAttribute('data-count'),
    ).toBe('4');
    expect(await library.locator('[data-firsts] [data-formulation="共同富裕"] td').first().textContent()).toBe(
      '2023-11-05',
    );
    if (h.browser === 'chromium') {
      mkdirSync(DOCS, { recursive: true });
      const page = library as unknown as Page;
      await page.locator('[data-library="formulations"]').screenshot({ path: join(DOCS, 'library-chart.png') });
    }
    await points.nth(1).click();
    expect(await titlesOnceThere(library, 1)).toEqual([JANUARY.title]);
    expect(await library.locator('[data-filter="month"]').textContent()).toBe('Month: 2024-01');
    await library.locator('[data-library="clear-filters"]').click();
    await titlesOnceThere(library, 5);
    if (h.browser === 'chromium')
      await (library as unknown as Page).screenshot({ path: join(DOCS, 'library.png'), fullPage: false });
    await library.close();
  });

  it('exports the selection as each format, the same as the expected files', async () => {
    const library = await openLibrary();
    await library.locator('[data-filter="source"]').selectOption('测试日报');
    await titlesOnceThere(library, 2);
    await library.evaluate(() => {
      const scope = window as unknown as { exported: Blob[]; names: string[] };
      scope.exported = [];
      scope.names = [];
      const create = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (blob: Blob) => {
        scope.exported.push(blob);
        return create(blob);
      };
      // The test reads what the page hands to the browser's downloads instead of downloading it.
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        scope.names.push(this.download);
      };
    });
    const today = new Date();
    const [y, m, d] = [today.getFullYear(), today.getMonth() + 1, today.getDate()];
    const pad = (n: number) => String(n).padStart(2, '0');
    const normalise = (text: string) =>
      text
        .replaceAll(h.origin, 'http://127.0.0.1:PORT')
        .replaceAll(`${y}-${pad(m)}-${pad(d)}`, 'ACCESSED')
        .replaceAll(`${y}/${pad(m)}/${pad(d)}`, 'ACCESSED')
        .replaceAll(`[${y}, ${m}, ${d}]`, '[ACCESSED]');
    const compare = (name: string, text: string) => {
      const file = join(EXPECTED, name);
      if (UPDATE) writeFileSync(file, normalise(text));
      expect(normalise(text), name).toBe(readFileSync(file, 'utf8'));
    };
    for (const [format, name] of [
      ['gbt7714', 'qingdu-library.txt'],
      ['bibtex', 'qingdu-library.bib'],
      ['ris', 'qingdu-library.ris'],
      ['csl-json', 'qingdu-library.json'],
      ['jsonl', 'qingdu-library.jsonl'],
      ['markdown', 'qingdu-library.zip'],
    ] as const) {
      await library.locator('[data-library="format"]').selectOption(format);
      const before = await library.evaluate(() => (window as unknown as { exported: Blob[] }).exported.length);
      await library.locator('[data-library="export"]').click();
      await library.waitForFunction(
        (count: number) => (window as unknown as { exported: Blob[] }).exported.length > count,
        before,
      );
      const file = await library.evaluate(async () => {
        const scope = window as unknown as { exported: Blob[]; names: string[] };
        const blob = scope.exported.at(-1)!;
        return { name: scope.names.at(-1), bytes: Array.from(new Uint8Array(await blob.arrayBuffer())) };
      });
      expect(file.name).toBe(name);
      const bytes = Uint8Array.from(file.bytes);
      if (format === 'jsonl') {
        // Lines the CLI would print for the same pages: library and CLI data mix in one file.
        const lines = new TextDecoder()
          .decode(bytes)
          .trimEnd()
          .split('\n')
          .map((line) => JSON.parse(line));
        expect(lines).toEqual(
          [JANUARY, NOVEMBER].map((article, i) => {
            const url = lines[i].url as string;
            const loaded = loadBytes(new TextEncoder().encode(articleHtml(article)), url, { url, kind: 'html' });
            return { url, ...articleJson(withSlogans(articleOf(loaded))) };
          }),
        );
      }
      if (format !== 'markdown') {
        compare(name, new TextDecoder().decode(bytes));
        continue;
      }
      const files = unzipSync(bytes);
      const folder = join(EXPECTED, 'markdown');
      if (UPDATE) {
        rmSync(folder, { recursive: true, force: true });
        mkdirSync(folder, { recursive: true });
      }
      for (const [path, content] of Object.entries(files))
        compare(join('markdown', path.replace(/^qingdu-library\//, '')), strFromU8(content));
      const names = Object.keys(files).map((path) => path.replace(/^qingdu-library\//, ''));
      expect(names.sort()).toEqual(readdirSync(folder).sort());
    }
    expect(await library.locator('[data-library="status"]').textContent()).toBe(
      'Exported 2 articles as qingdu-library.zip.',
    );
    await library.close();
  });

  it('keeps the library across a browser restart', async () => {
    await h.close();
    h = await launchTestBrowser({ profileDir });
    const library = await openLibrary();
    await titlesOnceThere(library, 5);
    await library.close();
  });

  it('says the browser refused a save for its quota, and loses nothing', async () => {
    h.server.serveHtml('/library/refused.html', articleHtml({ ...AUTOMATIC, title: '存不下的文章' }));
    const { page, tabId } = await h.openPage('/library/refused.html');
    let reply: { status: string; reason?: string; message?: string };
    if (h.browser === 'chromium') {
      // The background is the service worker: its puts throw as a full store makes them, until put back.
      await h.inExtension(() => {
        const scope = globalThis as unknown as { restorePut?: () => void };
        const put = IDBObjectStore.prototype.put;
        IDBObjectStore.prototype.put = () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
        scope.restorePut = () => {
          IDBObjectStore.prototype.put = put;
        };
      }, null);
      const popup = await h.openPopup(tabId);
      await popup.locator('[data-action="save"]').waitFor({ timeout: 20_000 });
      await popup.locator('[data-action="save"]').click();
      await expect.poll(() => popup.locator('.status').textContent(), { timeout: 15_000 }).toContain('Not saved');
      expect(await popup.locator('.status').textContent()).toContain('Everything saved before is kept');
      await popup.close();
      reply = { status: 'refused', reason: 'quota' };
      await h.inExtension(() => (globalThis as unknown as { restorePut: () => void }).restorePut(), null);
    } else {
      // The background is an event page: patched and asked in one go, so it cannot be unloaded in between.
      reply = await h.inExtension(async (id: number) => {
        const background = (await chrome.runtime.getBackgroundPage()) as typeof globalThis;
        const put = background.IDBObjectStore.prototype.put;
        background.IDBObjectStore.prototype.put = () => {
          throw new background.DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
        try {
          return await chrome.runtime.sendMessage({ type: 'qingdu:save-to-library', tabId: id });
        } finally {
          background.IDBObjectStore.prototype.put = put;
        }
      }, tabId);
    }
    expect(reply).toMatchObject({ status: 'refused', reason: 'quota' });
    const library = await openLibrary();
    expect(await titlesOnceThere(library, 5)).not.toContain('存不下的文章');
    await library.close();
    await page.close();
  });

  it('saves every page of a site with an "always save" rule, with nobody asking', async () => {
    await h.inExtension(async (host: string) => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...settings, sites: { [host]: { save: true } } } });
    }, new URL(h.origin).hostname);
    await expect
      .poll(() => h.inExtension(async () => (await chrome.scripting.getRegisteredContentScripts()).length, null))
      .toBe(1);
    const page = await h.context.newPage();
    await page.goto(`${h.origin}/library/automatic.html`);
    const saved = () =>
      h.inExtension(
        (url: string) =>
          new Promise<boolean>((resolve) => {
            const open = indexedDB.open('qingdu-library');
            open.onsuccess = () => {
              const get = open.result.transaction('entries').objectStore('entries').get(url);
              get.onsuccess = () => {
                resolve(get.result?.title !== undefined);
                open.result.close();
              };
            };
            open.onerror = () => resolve(false);
          }),
        `${h.origin}/library/automatic.html`,
      );
    await expect.poll(saved, { timeout: 20_000 }).toBe(true);
    await h.inExtension(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...settings, sites: {} } });
    }, null);
    await page.close();
  });

  it('deletes one article, several, then all', async () => {
    const library = await openLibrary();
    await titlesOnceThere(library, 6);
    await library.locator(`tr[data-url="${h.origin}/library/automatic.html"] [data-library="delete"]`).click();
    await expect.poll(async () => (await rowTitles(library)).length).toBe(5);
    const ticks = library.locator('[data-library="table"] tbody input[type="checkbox"]');
    await ticks.nth(0).check();
    await ticks.nth(1).check();
    await library.locator('[data-library="delete-selected"]').click();
    await expect.poll(async () => (await rowTitles(library)).length).toBe(3);
    await library.locator('[data-library="delete-all"]').click();
    await library.locator('[data-library="delete-all-confirm"]').click();
    await library.locator('[data-library="empty"]').waitFor();
    const counts = await h.inExtension(
      () =>
        new Promise<number[]>((resolve) => {
          const open = indexedDB.open('qingdu-library');
          open.onsuccess = () => {
            const tx = open.result.transaction(['versions', 'entries', 'texts']);
            const stores = ['versions', 'entries', 'texts'].map((name) => tx.objectStore(name).count());
            tx.oncomplete = () => {
              resolve(stores.map((request) => request.result as number));
              open.result.close();
            };
          };
        }),
      null,
    );
    expect(counts).toEqual([0, 0, 0]);
    await library.close();
  });
});

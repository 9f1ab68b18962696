/**
 * The browser suite's one harness: Debian Chromium with the built extension, a static server for test pages,
 * and helpers to reach the extension (its id, the popup for a tab, messages to a tab's content script).
 * One browser per test file: `const h = await launchBrowser()` in beforeAll, `await h.close()` in afterAll.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { PageRequest } from '../../src/extension/protocol';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
/**
 * The test build (`QINGDU_E2E=1 wxt build`): the shipped manifest plus host access to 127.0.0.1, as a reader's grant.
 * QINGDU_EXTENSION_DIR points the suite at another build.
 */
export const EXTENSION_DIR = process.env.QINGDU_EXTENSION_DIR ?? join(REPO_ROOT, '.output/e2e/chrome-mv3');
/** Served at http://127.0.0.1:PORT/ — so fixtures are at /fixtures/… and corpus pages at /corpus/<id>/page.html. */
export const SERVED_ROOT = join(REPO_ROOT, 'tests');
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** The extension APIs, as seen inside the service worker where `inExtension` functions run. */
// biome-ignore lint/suspicious/noExplicitAny: the extension API inside page.evaluate is not typed here
declare const chrome: any;

const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.htm': 'text/html',
  '.txt': 'text/plain',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
};

/** `npm run test:e2e` builds first; a bare `vitest --config vitest.e2e.config.ts` needs a build to exist. */
export function ensureBuiltExtension(dir = EXTENSION_DIR): string {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(
      `No built extension in ${dir}: run \`QINGDU_E2E=1 npx wxt build\` (or \`npm run test:e2e\`, which builds first).`,
    );
  }
  return dir;
}

export interface StaticServer {
  origin: string;
  /** Charset to send in Content-Type for a served path (e.g. `/corpus/ia-x/page.html` → `gbk`). */
  setCharset(path: string, charset: string): void;
  close(): Promise<void>;
}

/** Serve `root` over http://127.0.0.1 on a random port. Original bytes, no transformation; no dependencies. */
export async function serveDirectory(root = SERVED_ROOT): Promise<StaticServer> {
  const charsets = new Map<string, string>();
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(root, path));
    if (!file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      const body = await readFile(file);
      const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
      const charset = charsets.get(path);
      res.writeHead(200, {
        'content-type': charset ? `${type}; charset=${charset}` : type,
        'cache-control': 'no-store',
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    setCharset: (path, charset) => charsets.set(path, charset),
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  server: StaticServer;
  /** http://127.0.0.1:PORT — prefix for served paths. */
  origin: string;
  /** The extension's service worker (re-found if Chromium restarted it). */
  serviceWorker(): Promise<Worker>;
  /** Open a served path (`/fixtures/seeds/000.html`) in a new tab; resolves once loaded and the content script answers. */
  openPage(path: string): Promise<{ page: Page; tabId: number }>;
  /** The chrome tab id of a Playwright page. */
  tabIdOf(page: Page): Promise<number>;
  /** Send a message to a tab's content script from the extension context; resolves with its reply. */
  sendToTab<T = unknown>(tabId: number, message: PageRequest | Record<string, unknown>): Promise<T>;
  /** Open the popup page for a tab: chrome-extension://ID/popup.html?tab=TABID, in its own page. */
  openPopup(tabId: number): Promise<Page>;
  /** Run a function in the service worker (chrome.* available there). */
  inExtension<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  extensionDir?: string;
  servedRoot?: string;
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  /** Extra environment for Chromium, e.g. `{ LANGUAGE: 'zh_CN' }` for its interface language on Linux. */
  env?: Record<string, string>;
  /** A profile directory to use and keep (a browser restart on the same profile); a fresh temp one otherwise. */
  profileDir?: string;
}

export async function launchBrowser(options: LaunchOptions = {}): Promise<Harness> {
  const extensionDir = ensureBuiltExtension(options.extensionDir);
  const keepProfile = options.profileDir !== undefined;
  const profile = options.profileDir ?? mkdtempSync(join(tmpdir(), 'qingdu-e2e-'));
  const server = await serveDirectory(options.servedRoot);
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [...CHROMIUM_ARGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
      viewport: options.viewport ?? { width: 1280, height: 900 },
      colorScheme: options.colorScheme ?? 'light',
      ...(options.env ? { env: { ...(process.env as Record<string, string>), ...options.env } } : {}),
    });
  } catch (error) {
    await server.close();
    if (!keepProfile) rmSync(profile, { recursive: true, force: true });
    throw error;
  }

  // Pages load only what the test server serves: nothing leaves the machine, and saved pages' remote assets fail fast.
  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    (route) =>
      route.request().url().startsWith(`${server.origin}/`) ? route.continue() : route.abort('blockedbyclient'),
  );

  async function serviceWorker(): Promise<Worker> {
    const live = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    if (live) return live;
    return context.waitForEvent('serviceworker', { timeout: 30_000 });
  }
  const extensionId = new URL((await serviceWorker()).url()).host;

  async function inExtension<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T> {
    const worker = await serviceWorker();
    return worker.evaluate(fn as never, arg) as Promise<T>;
  }

  // Without the `tabs` permission tab URLs are hidden, so a page's tab is found as the active tab once it is in front.
  async function tabIdOf(page: Page): Promise<number> {
    await page.bringToFront();
    const ids = await inExtension(async () => {
      const tabs = await chrome.tabs.query({ active: true });
      return tabs.map((t: { id?: number }) => t.id);
    }, null);
    if (ids.length !== 1 || ids[0] == null)
      throw new Error(`cannot tell the tab of ${page.url()}: ${ids.length} active tabs`);
    return ids[0];
  }

  async function sendToTab<T>(tabId: number, message: unknown): Promise<T> {
    // No content script is declared: like the popup and the shortcuts (ensureContentScript), inject it when the tab
    // does not answer, and retry while its receiver is not there yet.
    const deadline = Date.now() + 15_000;
    for (;;) {
      const reply = await inExtension(
        async ({ tabId, message }: { tabId: number; message: unknown }) => {
          try {
            return { ok: true as const, value: await chrome.tabs.sendMessage(tabId, message) };
          } catch (error) {
            await chrome.scripting.executeScript({ target: { tabId }, files: ['content-listener.js'] }).catch(() => {});
            return { ok: false as const, error: String(error) };
          }
        },
        { tabId, message },
      );
      if (reply.ok) return reply.value as T;
      if (!/Receiving end does not exist|Could not establish connection/.test(reply.error) || Date.now() > deadline) {
        throw new Error(`sendMessage to tab ${tabId} failed: ${reply.error}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  // Tabs are opened by the extension, so their ids are known without the `tabs` permission.
  async function openPage(path: string): Promise<{ page: Page; tabId: number }> {
    const url = server.origin + path;
    const opened = context.waitForEvent('page', {
      predicate: (p) => p.url() === url || p.url() === 'about:blank',
      timeout: 30_000,
    });
    const tabId = await inExtension(
      async (target: string) => (await chrome.tabs.create({ url: target, active: true })).id as number,
      url,
    );
    const page = await opened;
    if (page.url() !== url) await page.waitForURL(url);
    await page.waitForLoadState('load');
    await sendToTab(tabId, { type: 'qingdu:state' });
    return { page, tabId };
  }

  async function openPopup(tabId: number): Promise<Page> {
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`, { waitUntil: 'load' });
    return popup;
  }

  return {
    context,
    extensionId,
    server,
    origin: server.origin,
    serviceWorker,
    openPage,
    tabIdOf,
    sendToTab: sendToTab as Harness['sendToTab'],
    openPopup,
    inExtension,
    async close() {
      await context.close().catch(() => {});
      await server.close();
      if (!keepProfile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

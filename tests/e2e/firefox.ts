/**
 * The harness in Debian's Firefox ESR, driven over WebDriver BiDi by puppeteer-core (which downloads no browser).
 * The built extension is installed as a temporary add-on (a permanent one for a kept profile, so that a restart
 * finds it installed, as a reader's would be), under a UUID fixed by the profile's `extensions.webextensions.uuids`
 * pref. Pages are wrapped in the small Playwright-like surface the suite uses (TestPage, TestLocator).
 *
 * The test server is Firefox's only proxy, localhost included: every HTTP request the browser makes — pages, the
 * extension's pages and its background page alike — reaches it, and it reaches no other host (server.requests).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { crc32 } from 'node:zlib';
import puppeteer, { type Browser, type ElementHandle, type Frame, type Page } from 'puppeteer-core';
import {
  BACKGROUND_MARK,
  FIREFOX_EXTENSION_DIR,
  FIREFOX_PATH,
  ensureBuiltExtension,
  type Harness,
  type LaunchOptions,
  sendThroughExtension,
  serveDirectory,
  type TestLocator,
  type TestPage,
} from './harness';

/** The add-on id in the Firefox manifest (browser_specific_settings.gecko.id). */
const ADDON_ID = 'qingdu@qingdu';
/** The extension's UUID in moz-extension:// URLs, fixed for the suite (Firefox picks a random one per profile). */
const FIREFOX_EXTENSION_UUID = '5a1d7c3e-2f4b-4c8d-9e6a-0b1c2d3e4f50';
const EXTENSION_ORIGIN = `moz-extension://${FIREFOX_EXTENSION_UUID}`;
const WAIT_MS = 30_000;

function preferences(proxyPort: number, options: LaunchOptions): Record<string, unknown> {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: FIREFOX_EXTENSION_UUID }),
    // A kept profile gets the add-on installed permanently; ESR installs an unsigned one when told to.
    'xpinstall.signatures.required': false,
    // Everything over HTTP goes to the test server, 127.0.0.1 included; nothing bypasses it.
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'network.proxy.share_proxy_settings': true,
    // The browser's own remote settings service stays quiet (with MOZ_REMOTE_SETTINGS_DEVTOOLS set, below).
    'services.settings.server': 'data:,#remote-settings-dummy/v1',
    'network.connectivity-service.enabled': false,
    'network.captive-portal-service.enabled': false,
    // Pages may read the clipboard without a paste prompt, as Chromium's granted clipboard-read allows.
    'dom.events.testing.asyncClipboard': true,
    // The background (an MV3 event page) is unloaded after one idle second instead of thirty: every scenario
    // runs with it coming and going.
    'extensions.background.idle.timeout': 1000,
    'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1,
    ...(options.locale ? { 'intl.locale.requested': options.locale } : {}),
  };
}

/** puppeteer's WebDriver BiDi browsing context behind a page (used where puppeteer's own waiting does not apply). */
interface BidiContext {
  navigate(url: string, wait: 'complete'): Promise<unknown>;
  reload(options: { wait: 'complete' }): Promise<unknown>;
}
const bidiContext = (page: Page) => (page.mainFrame() as unknown as { browsingContext: BidiContext }).browsingContext;
/** puppeteer's BiDi session, for commands it has no method for. */
interface BidiSession {
  send(method: string, params: object): Promise<{ result: unknown }>;
}
const bidiSession = (page: Page) =>
  (bidiContext(page) as unknown as { userContext: { browser: { session: BidiSession } } }).userContext.browser.session;

async function poll<T>(what: string, timeout: number, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Playwright's visibility: a non-empty box and not visibility:hidden. */
function isShown(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
}

/** A lazy element query, resolved anew for every action like Playwright's locators. */
class FirefoxLocator implements TestLocator {
  constructor(
    private readonly describe: string,
    private readonly all: () => Promise<ElementHandle<Element>[]>,
    /** What the page shows, told when a wait times out. */
    private readonly shows: () => Promise<string>,
  ) {}

  private async resolve(): Promise<ElementHandle<Element> | undefined> {
    const handles = await this.all();
    for (const extra of handles.slice(1)) await extra.dispose();
    return handles[0];
  }

  /** Run `fn` on the first match once there is one (and it is visible, when asked). */
  private async withElement<R>(
    fn: (element: ElementHandle<Element>) => Promise<R>,
    options: { visible?: boolean; timeout?: number } = {},
  ): Promise<R> {
    const element = await poll(this.describe, options.timeout ?? WAIT_MS, async () => {
      const found = await this.resolve();
      if (!found || !options.visible || (await found.evaluate(isShown))) return found;
      await found.dispose();
      return undefined;
    }).catch(async (error: Error) => {
      const shown = await this.shows().catch((reason: unknown) => `nothing readable (${String(reason)})`);
      throw new Error(`${error.message}; the page shows: ${shown}`);
    });
    try {
      return await fn(element);
    } finally {
      await element.dispose();
    }
  }

  first(): TestLocator {
    return this.nth(0);
  }

  nth(index: number): TestLocator {
    return new FirefoxLocator(
      `${this.describe} >> nth=${index}`,
      async () => {
        const handles = await this.all();
        for (const [i, handle] of handles.entries()) if (i !== index) await handle.dispose();
        return handles.slice(index, index + 1);
      },
      this.shows,
    );
  }

  locator(selector: string): TestLocator {
    return new FirefoxLocator(
      `${this.describe} >> ${selector}`,
      async () => {
        const found: ElementHandle<Element>[] = [];
        for (const parent of await this.all()) {
          found.push(...(await parent.$$(selector)));
          await parent.dispose();
        }
        return found;
      },
      this.shows,
    );
  }

  textContent(): Promise<string | null> {
    return this.withElement((e) => e.evaluate((node) => node.textContent));
  }

  getAttribute(name: string): Promise<string | null> {
    return this.withElement((e) => e.evaluate((node, attribute) => node.getAttribute(attribute), name));
  }

  inputValue(): Promise<string> {
    return this.withElement((e) => e.evaluate((node) => (node as HTMLInputElement).value));
  }

  async allTextContents(): Promise<string[]> {
    const texts: string[] = [];
    for (const handle of await this.all()) {
      texts.push((await handle.evaluate((node) => node.textContent)) ?? '');
      await handle.dispose();
    }
    return texts;
  }

  async count(): Promise<number> {
    const handles = await this.all();
    for (const handle of handles) await handle.dispose();
    return handles.length;
  }

  async isVisible(): Promise<boolean> {
    const element = await this.resolve();
    if (!element) return false;
    try {
      return await element.evaluate(isShown);
    } finally {
      await element.dispose();
    }
  }

  async waitFor(options: { state?: 'attached' | 'visible'; timeout?: number } = {}): Promise<void> {
    await this.withElement(async () => {}, {
      visible: (options.state ?? 'visible') === 'visible',
      timeout: options.timeout ?? WAIT_MS,
    });
  }

  click(): Promise<void> {
    return this.withElement((e) => e.click(), { visible: true });
  }

  focus(): Promise<void> {
    return this.withElement((e) => e.evaluate((node) => (node as HTMLElement).focus()));
  }

  selectOption(value: string): Promise<string[]> {
    return this.withElement((e) => (e as ElementHandle<HTMLSelectElement>).select(value));
  }

  async check(): Promise<void> {
    if ((await this.withElement((e) => e.evaluate((node) => (node as HTMLInputElement).checked))) !== true) {
      await this.click();
    }
  }

  fill(value: string): Promise<void> {
    return this.withElement(async (e) => {
      // Cleared as typing would clear it: the page hears an input event even when nothing is typed after.
      await e.evaluate((node) => {
        (node as HTMLInputElement).value = '';
        node.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await e.type(value);
    });
  }

  evaluate<R>(fn: (element: HTMLElement) => R | Promise<R>): Promise<R> {
    return this.withElement((e) => e.evaluate(fn as (node: Element) => R | Promise<R>)) as Promise<R>;
  }
}

function locatorIn(scope: () => Promise<Page | Frame>, selector: string): TestLocator {
  return new FirefoxLocator(
    selector,
    async () => (await scope()).$$(selector),
    async () =>
      (await scope()).evaluate(() => (document.body?.innerText ?? '').replace(/\s+/g, ' ').trim().slice(0, 300)),
  );
}

function wrapPage(page: Page): TestPage {
  // Navigations to extension pages are done and awaited by Firefox itself: puppeteer sees no load event for them.
  let extensionUrl: string | null = null;
  const wrapped: TestPage = {
    evaluate: ((fn: (arg: unknown) => unknown, arg?: unknown) => page.evaluate(fn, arg)) as TestPage['evaluate'],
    locator: (selector) => locatorIn(async () => page, selector),
    frameLocator: (frameSelector) => ({
      locator: (selector) =>
        locatorIn(async () => {
          const frame = await poll(`frame ${frameSelector}`, WAIT_MS, async () => {
            const element = await page.$(frameSelector);
            const content = await element?.contentFrame();
            await element?.dispose();
            return content ?? undefined;
          });
          return frame;
        }, selector),
    }),
    async goto(url, options = {}) {
      if (url.startsWith('moz-extension:')) {
        await bidiContext(page).navigate(url, 'complete');
        extensionUrl = url;
        return null;
      }
      extensionUrl = null;
      return page.goto(url, { waitUntil: 'load', timeout: options.timeout ?? WAIT_MS });
    },
    async reload() {
      if (extensionUrl) return bidiContext(page).reload({ wait: 'complete' });
      return page.reload({ waitUntil: 'load' });
    },
    url: () => extensionUrl ?? page.url(),
    title: () => page.title(),
    close: () => page.close(),
    bringToFront: () => page.bringToFront(),
    waitForTimeout: (ms) => new Promise((r) => setTimeout(r, ms)),
    waitForFunction: (fn, arg, options = {}) =>
      page.waitForFunction(fn as (arg: unknown) => unknown, { timeout: options.timeout ?? WAIT_MS, polling: 50 }, arg),
    waitForSelector: (selector, options = {}) =>
      poll(selector, options.timeout ?? WAIT_MS, async () => {
        const element = await page.$(selector);
        await element?.dispose();
        return element ? true : undefined;
      }),
    keyboard: { press: (key) => page.keyboard.press(key as never) },
    mouse: { wheel: (deltaX, deltaY) => page.mouse.wheel({ deltaX, deltaY }) },
    on(event, listener) {
      page.on(event, (error) => listener(error as Error));
      return wrapped;
    },
    setViewportSize: (size) => page.setViewport(size),
  };
  return wrapped;
}

export async function launchFirefox(options: LaunchOptions = {}): Promise<Harness> {
  const extensionDir = ensureBuiltExtension(options.extensionDir ?? FIREFOX_EXTENSION_DIR);
  const keepProfile = options.profileDir !== undefined;
  const profile = options.profileDir ?? mkdtempSync(join(tmpdir(), 'qingdu-e2e-firefox-'));
  const server = await serveDirectory(options.servedRoot);
  const proxyPort = Number(new URL(server.origin).port);
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      userDataDir: profile,
      // Lets WebDriver BiDi open moz-extension:// pages (the popup and options page) in a tab.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: preferences(proxyPort, options),
      defaultViewport: options.viewport ?? { width: 1280, height: 900 },
      env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1', ...options.env },
    });
  } catch (error) {
    await server.close();
    if (!keepProfile) rmSync(profile, { recursive: true, force: true });
    throw error;
  }

  const newPage = async (): Promise<TestPage> => wrapPage(await browser.newPage());

  // The extension's API is reached from an extension page of its own, opened first and kept in the background.
  const helper = await browser.newPage();
  // A kept profile that already has the add-on (a restart) keeps it as it is.
  if (!(keepProfile && (await openExtensionPage(helper, 3_000)))) {
    await installAddon(helper, extensionDir, keepProfile);
    if (!(await openExtensionPage(helper, WAIT_MS))) throw new Error('the extension did not start in Firefox');
  }

  async function inExtension<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T> {
    // The function sees the promise-based `browser` namespace as `chrome`, as the Chromium tests write it.
    const call = `(async () => { const chrome = globalThis.browser; return (${fn.toString()})(${JSON.stringify(arg) ?? 'undefined'}); })()`;
    return (await helper.evaluate(call)) as T;
  }

  // Without the `tabs` permission tab URLs are hidden, so a page's tab is found as the active tab once it is in front.
  // A tab on the test server shows its URL (the test build's host permission), so the active tab is taken only once it
  // is this page: a tab closed just before may still be the active one for a moment.
  async function tabIdOf(page: TestPage): Promise<number> {
    await page.bringToFront();
    const url = page.url();
    const tabs = await poll(`the active tab to be ${url}`, WAIT_MS, async () => {
      const active = await inExtension(
        async () =>
          ((await chrome.tabs.query({ active: true })) as { id?: number; url?: string }[]).map(({ id, url }) => ({
            id,
            url,
          })),
        null,
      );
      return active.length === 1 && (active[0]!.url === undefined || active[0]!.url === url) ? active : undefined;
    });
    const id = tabs[0]!.id;
    if (id == null) throw new Error(`cannot tell the tab of ${url}`);
    return id;
  }

  const sendToTab = <T>(tabId: number, message: unknown) => sendThroughExtension<T>(inExtension, tabId, message);

  async function unloadBackground(): Promise<void> {
    await inExtension(
      async (mark) => Object.assign(await chrome.runtime.getBackgroundPage(), { [mark]: true }) && null,
      BACKGROUND_MARK,
    );
    // Nothing can tell whether it is gone without waking it: past the idle timeout, backgroundRestarted() says.
    await new Promise((r) => setTimeout(r, 3_000));
  }

  async function openPage(path: string): Promise<{ page: TestPage; tabId: number }> {
    const page = await newPage();
    await page.goto(server.origin + path, { waitUntil: 'load' });
    const tabId = await tabIdOf(page);
    await sendToTab(tabId, { type: 'qingdu:state' });
    return { page, tabId };
  }

  async function openPopup(tabId: number): Promise<TestPage> {
    const popup = await newPage();
    await popup.goto(`${EXTENSION_ORIGIN}/popup.html?tab=${tabId}`);
    return popup;
  }

  return {
    browser: 'firefox',
    context: { newPage, grantPermissions: async () => {} },
    extensionId: FIREFOX_EXTENSION_UUID,
    extensionOrigin: EXTENSION_ORIGIN,
    server,
    origin: server.origin,
    openPage,
    tabIdOf,
    sendToTab: sendToTab as Harness['sendToTab'],
    openPopup,
    inExtension,
    unloadBackground,
    backgroundRestarted: () =>
      inExtension(async (mark) => !(mark in (await chrome.runtime.getBackgroundPage())), BACKGROUND_MARK),
    async close() {
      await browser.close().catch(() => {});
      await server.close();
      if (!keepProfile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Open the options page in `page` and tell whether the extension's API is there within `timeout`. */
async function openExtensionPage(page: Page, timeout: number): Promise<boolean> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const opened = await bidiContext(page)
      .navigate(`${EXTENSION_ORIGIN}/options.html`, 'complete')
      .then(
        () => page.evaluate(() => typeof (globalThis as { browser?: { tabs?: unknown } }).browser?.tabs === 'object'),
        () => false,
      );
    if (opened) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

/**
 * Install the add-on: temporary from its folder, or — for a kept profile — permanent from a packed copy, so that a
 * restart on the same profile finds it installed.
 */
async function installAddon(page: Page, extensionDir: string, permanent: boolean): Promise<void> {
  const session = bidiSession(page);
  if (!permanent) {
    await session.send('webExtension.install', { extensionData: { type: 'path', path: extensionDir } });
    return;
  }
  const packed = join(mkdtempSync(join(tmpdir(), 'qingdu-xpi-')), 'qingdu.xpi');
  try {
    writeFileSync(packed, storedZip(extensionDir));
    await session.send('webExtension.install', {
      extensionData: { type: 'archivePath', path: packed },
      'moz:permanent': true,
    });
  } finally {
    rmSync(dirname(packed), { recursive: true, force: true });
  }
}

/** A zip of every file under `dir`, stored without compression: enough for Firefox to install. */
function storedZip(dir: string): Buffer {
  const files = (readdirSync(dir, { recursive: true }) as string[])
    .filter((name) => statSync(join(dir, name)).isFile())
    .sort();
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const name of files) {
    const data = readFileSync(join(dir, name));
    const path = Buffer.from(name.split(sep).join('/'));
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(10, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(path.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(10, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(path.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, path, data);
    centrals.push(central, path);
    offset += local.length + path.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

// biome-ignore lint/suspicious/noExplicitAny: the extension API inside the helper page is not typed here
declare const chrome: any;

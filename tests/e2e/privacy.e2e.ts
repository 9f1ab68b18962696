/**
 * Nothing leaves the browser: every request made while the extension works (its background, content script,
 * popup and options page) is recorded, and none goes anywhere but the local test server the pages themselves load
 * from, or the extension's own files. Chromium: requests seen through Playwright and CDP, by who made them. Firefox:
 * the test server is the browser's only proxy, so every HTTP request the browser makes reaches it, whoever made it.
 * The shipped manifest asks for no host access and loads no remote code.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Request as PwRequest } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ChromiumHarness,
  E2E_BROWSER,
  type Harness,
  launchBrowser,
  launchTestBrowser,
  REPO_ROOT,
  type TestPage,
} from './harness';

// Playwright reports service-worker requests only with this set (read when the browser is launched).
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

interface Seen {
  url: string;
  from: 'page' | 'extension page' | 'service worker';
}

let h: Harness;
const seen: Seen[] = [];

/**
 * What a reader does with the extension: the popup (fields, copy with citation, save to the library), reader view,
 * conversion and back, clean in place and off, the library page (search, the saved copy in the reader view), the
 * options page. `popup` and `library` are new tabs that the caller may watch before they open.
 */
async function useTheExtension(page: TestPage, tabId: number, popup: TestPage, library: TestPage): Promise<TestPage> {
  await popup.goto(`${h.extensionOrigin}/popup.html?tab=${tabId}`);
  await popup.locator('[data-action="copy"]').waitFor({ timeout: 20_000 });
  await popup.locator('[data-action="copy"]').click();
  await expect.poll(() => popup.locator('.status').textContent(), { timeout: 10_000 }).not.toBe('');
  await popup.locator('[data-action="save"]').click();
  await expect.poll(() => popup.locator('.status').textContent(), { timeout: 15_000 }).toContain('library');
  await h.sendToTab(tabId, { type: 'qingdu:clean', mode: 'reader' });
  await h.sendToTab(tabId, { type: 'qingdu:convert', target: 'hans' });
  await h.sendToTab(tabId, { type: 'qingdu:convert', target: 'off' });
  await h.sendToTab(tabId, { type: 'qingdu:clean', mode: 'inplace' });
  await h.sendToTab(tabId, { type: 'qingdu:clean', mode: 'off' });
  await library.goto(`${h.extensionOrigin}/library.html`);
  await library.locator('[data-library="table"] tbody td.title').first().waitFor({ timeout: 10_000 });
  await library.locator('[data-library="table"] tbody td.title button').first().click();
  await library.waitForFunction(
    () => !!document.querySelector('qingdu-reader')?.shadowRoot?.querySelector('article p'),
    null,
  );
  await library.keyboard.press('Escape');
  await library.locator('[data-library="search"]').fill('的');
  await library.waitForFunction(() => !document.querySelector('[data-library="indexing"]'), null);
  const options = await h.context.newPage();
  await options.goto(`${h.extensionOrigin}/options.html`);
  await options.locator('[data-setting="citationStyle"]').waitFor({ timeout: 10_000 });
  await page.waitForTimeout(200);
  return options;
}

function record(request: PwRequest): void {
  const worker = request.serviceWorker();
  const frameUrl = worker ? '' : safeFrameUrl(request);
  seen.push({
    url: request.url(),
    from: worker ? 'service worker' : frameUrl.startsWith('chrome-extension://') ? 'extension page' : 'page',
  });
}

function safeFrameUrl(request: PwRequest): string {
  try {
    return request.frame().url();
  } catch {
    return '';
  }
}

beforeAll(async () => {
  h = E2E_BROWSER === 'chromium' ? await launchBrowser() : await launchTestBrowser();
  await h.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.origin });
  if (h.browser === 'chromium') (h as ChromiumHarness).context.on('request', record);
});

afterAll(async () => {
  await h?.close();
});

/** Chromium: requests seen through Playwright (pages, service worker) and CDP (extension pages), by who made them. */
async function recordInChromium(chromium: ChromiumHarness): Promise<void> {
  // Opened by Playwright (not chrome.tabs.create) so that the page's own navigation is recorded too.
  const page = await chromium.context.newPage();
  await page.goto(`${h.origin}/fixtures/seeds/001.html`);
  const tabId = await h.tabIdOf(page);
  // Extension pages' loads of their own files are not network requests to Playwright: watch them over CDP.
  const popup = await chromium.context.newPage();
  const library = await chromium.context.newPage();
  for (const extensionPage of [popup, library]) {
    const cdp = await chromium.context.newCDPSession(extensionPage);
    await cdp.send('Network.enable');
    cdp.on('Network.requestWillBeSent', (event: { request: { url: string } }) =>
      seen.push({ url: event.request.url, from: 'extension page' }),
    );
  }
  const options = await useTheExtension(page, tabId, popup, library);
  // Controls: a request the service worker and the popup make on purpose is seen, and attributed to them.
  const control = `${h.origin}/fixtures/live/photo.png?control`;
  await h.inExtension(async (url: string) => void (await fetch(url).catch(() => null)), `${control}=worker`);
  await popup.evaluate(async (url: string) => void (await fetch(url).catch(() => null)), `${control}=popup`);
  await page.waitForTimeout(500);
  expect(seen.find((r) => r.url === `${control}=worker`)?.from).toBe('service worker');
  expect(seen.some((r) => r.url === `${control}=popup` && r.from === 'extension page')).toBe(true);
  expect(seen.some((r) => r.url === `${h.extensionOrigin}/library.html` && r.from === 'extension page')).toBe(true);
  await Promise.all([options.close(), library.close(), popup.close(), page.close()]);

  const own = `${h.extensionOrigin}/`;
  const leaving = seen.filter(
    (r) =>
      !r.url.startsWith(control) &&
      !r.url.startsWith(own) &&
      !(r.from === 'page' && r.url.startsWith(`${h.origin}/`)) &&
      !r.url.startsWith('data:'),
  );
  expect(leaving).toEqual([]);
  // The recording saw the extension at work, not nothing.
  expect(seen.filter((r) => r.from === 'extension page').length).toBeGreaterThan(0);
  expect(seen.filter((r) => r.from === 'page').length).toBeGreaterThan(0);
  const recorded = seen.filter((r) => !r.url.startsWith(control));
  console.info(
    `privacy: ${recorded.length} requests seen (${recorded.filter((r) => r.from !== 'page').length} by the extension), none left the browser`,
  );
}

/** Firefox: every HTTP request the browser makes reaches the test server, its only proxy. */
async function recordInFirefox(): Promise<void> {
  const from = h.server.requests.length;
  const page = await h.context.newPage();
  await page.goto(`${h.origin}/fixtures/seeds/001.html`);
  const tabId = await h.tabIdOf(page);
  const popup = await h.context.newPage();
  const library = await h.context.newPage();
  const options = await useTheExtension(page, tabId, popup, library);
  // Controls: requests the background page and the popup make on purpose, one to a host outside, are all seen.
  const control = `${h.origin}/fixtures/live/photo.png?control`;
  const outside = 'http://qingdu-control.invalid/';
  await h.inExtension(
    async (url: string) => void (await (await chrome.runtime.getBackgroundPage()).fetch(url).catch(() => null)),
    `${control}=background`,
  );
  await popup.evaluate(async (url: string) => void (await fetch(url).catch(() => null)), `${control}=popup`);
  await popup.evaluate(async (url: string) => void (await fetch(url).catch(() => null)), outside);
  await page.waitForTimeout(500);
  const requests = h.server.requests.slice(from);
  expect(requests).toContain(`${control}=background`);
  expect(requests).toContain(`${control}=popup`);
  expect(requests).toContain(outside);
  await Promise.all([options.close(), library.close(), popup.close(), page.close()]);

  const recorded = requests.filter((url) => !url.startsWith(control) && url !== outside);
  // The page's own server, for the page's own files: nothing else, and no tunnel anywhere.
  const pagesOwn = (url: string) => url.startsWith(`${h.origin}/fixtures/`) || url === `${h.origin}/favicon.ico`;
  expect(recorded.filter((url) => !pagesOwn(url))).toEqual([]);
  expect(recorded).toContain(`${h.origin}/fixtures/seeds/001.html`);
  console.info(
    `privacy: ${recorded.length} requests left Firefox, all to the pages’ own server (${recorded.map((url) => url.slice(h.origin.length)).join(', ')})`,
  );
}

describe('privacy', () => {
  it('makes no request beyond the pages’ own server and its own files while reading, converting and copying', async () => {
    if (h.browser === 'chromium') await recordInChromium(h as ChromiumHarness);
    else await recordInFirefox();
  });

  it('the shipped build holds no host access, no content script for every page and no remote code', () => {
    const dir = join(REPO_ROOT, E2E_BROWSER === 'chromium' ? '.output/chrome-mv3' : '.output/firefox-mv3');
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).not.toContainEqual(expect.stringContaining('://'));
    if (E2E_BROWSER === 'firefox')
      expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.content_scripts).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.optional_host_permissions).toEqual(['*://*/*']);
    expect(manifest.content_security_policy.extension_pages).toBe(
      "script-src 'self'; object-src 'none'; base-uri 'none'",
    );
    const files = walk(dir);
    for (const file of files.filter((f) => f.endsWith('.html'))) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/<script[^>]+src=["']?(?:https?:)?\/\//i);
    }
    for (const file of files.filter((f) => f.endsWith('.js'))) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(
        /\bnew\s+Function\s*\(|\beval\s*\(|importScripts\s*\(|navigator\.sendBeacon|new\s+WebSocket|google-analytics|googletagmanager/,
      );
    }
  });
});

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

// biome-ignore lint/suspicious/noExplicitAny: the extension API inside inExtension is not typed here
declare const chrome: any;

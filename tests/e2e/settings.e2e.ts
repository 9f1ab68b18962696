/**
 * Settings in the real browser: they survive a restart on the same profile (and so does a site's registered
 * content script); corrupt or missing storage falls back to the defaults without breaking the options page, the
 * popup or the page.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { launchTestBrowser, type Harness, type TestPage } from './harness';

// biome-ignore lint/suspicious/noExplicitAny: the extension API inside page.evaluate is not typed here
declare const chrome: any;

const profileDir = mkdtempSync(join(tmpdir(), 'qingdu-settings-profile-'));
let h: Harness | null = null;

afterAll(async () => {
  await h?.close();
  rmSync(profileDir, { recursive: true, force: true });
});

async function openOptions(harness: Harness): Promise<{ page: TestPage; errors: string[] }> {
  const page = await harness.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${harness.extensionOrigin}/options.html`);
  await page.locator('[data-setting="citationStyle"]').waitFor({ timeout: 10_000 });
  return { page, errors };
}

const storedSettings = (harness: Harness) =>
  harness.inExtension(async () => (await chrome.storage.local.get('settings')).settings, null);

/** Whether the tab answers without anyone injecting the content script (a registration put it there). */
async function answersWithoutInjection(harness: Harness, tabId: number): Promise<boolean> {
  for (let i = 0; i < 30; i++) {
    const ok = await harness.inExtension(
      async (id: number) =>
        chrome.tabs.sendMessage(id, { type: 'qingdu:state' }).then(
          () => true,
          () => false,
        ),
      tabId,
    );
    if (ok) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

describe('settings across a browser restart', () => {
  it('keeps the chosen options and the site registration after the browser is closed and relaunched', async () => {
    h = await launchTestBrowser({ profileDir });
    const { page: options, errors } = await openOptions(h);
    await options.locator('[data-setting="citationStyle"]').selectOption('mla');
    await options.locator('[data-setting="defaultTarget"]').selectOption('tw');
    await expect
      .poll(() => storedSettings(h!))
      .toMatchObject({ version: 2, citationStyle: 'mla', defaultTarget: 'tw' });
    // A site rule for the test server (the test build holds its host access, as a reader's grant would).
    await h.inExtension(async (host: string) => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...settings, sites: { [host]: { convert: 'hans' } } } });
    }, new URL(h.origin).hostname);
    await expect
      .poll(() =>
        h!.inExtension(
          async () =>
            (await chrome.scripting.getRegisteredContentScripts()).flatMap((s: { matches: string[] }) => s.matches),
          null,
        ),
      )
      .toEqual(['*://127.0.0.1/*']);
    expect(errors).toEqual([]);
    await h.close();
    h = null;

    h = await launchTestBrowser({ profileDir });
    expect(await storedSettings(h)).toMatchObject({
      version: 2,
      citationStyle: 'mla',
      defaultTarget: 'tw',
      sites: { '127.0.0.1': { convert: 'hans' } },
    });
    const again = await openOptions(h);
    expect(await again.page.locator('[data-setting="citationStyle"]').inputValue()).toBe('mla');
    expect(await again.page.locator('[data-setting="defaultTarget"]').inputValue()).toBe('tw');

    // The registration persisted: the page is converted on load with nothing injected by hand.
    const page = await h.context.newPage();
    await page.goto(`${h.origin}/fixtures/convert/traditional.html`);
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === '头发与台湾的学习问题', null, {
      timeout: 10_000,
    });
    const tabId = await h.tabIdOf(page);
    expect(await answersWithoutInjection(h, tabId)).toBe(true);

    // Removing the rule removes the registration: the next page load gets no content script.
    await h.inExtension(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...settings, sites: {} } });
    }, null);
    await expect
      .poll(() => h!.inExtension(async () => (await chrome.scripting.getRegisteredContentScripts()).length, null))
      .toBe(0);
    await page.reload();
    expect(await page.locator('h1').textContent()).toBe('頭髮與臺灣的學習問題');
    expect(await answersWithoutInjection(h, tabId)).toBe(false);
    await page.close();
  });
});

describe('corrupt or missing settings', () => {
  const CORRUPT: [string, unknown][] = [
    ['a string', 'not settings at all'],
    [
      'a newer version with wrong types',
      { version: 99, citationStyle: 42, defaultTarget: ['x'], readerFontSize: 'huge', sites: 'everywhere' },
    ],
    ['broken site rules', { version: 1, sites: { '127.0.0.1': 'reader', 'a.cn': { clean: 'explode' } } }],
    ['nothing stored', undefined],
  ];

  it.each(CORRUPT)('%s: defaults shown, options page, popup and page all work', async (_name, stored) => {
    h ??= await launchTestBrowser();
    await h.inExtension(async (value: unknown) => {
      if (value === undefined) await chrome.storage.local.remove('settings');
      else await chrome.storage.local.set({ settings: value });
    }, stored);
    const { page: options, errors } = await openOptions(h);
    expect(await options.locator('[data-setting="citationStyle"]').inputValue()).toBe('gbt7714');
    expect(await options.locator('[data-setting="defaultTarget"]').inputValue()).toBe('hans');

    const { page, tabId } = await h.openPage('/fixtures/seeds/000.html');
    const popup = await h.openPopup(tabId);
    popup.on('pageerror', (error) => errors.push(String(error)));
    await popup.locator('[data-field="title"] dd').waitFor({ timeout: 20_000 });
    expect(await popup.locator('[data-field="title"] dd').textContent()).toContain('依靠群众打赢疫情防控阻击战');
    const reply = await h.sendToTab<{ ok: boolean }>(tabId, { type: 'qingdu:clean', mode: 'reader' });
    expect(reply.ok).toBe(true);
    await h.sendToTab(tabId, { type: 'qingdu:clean', mode: 'off' });
    // Saving from the options page writes a clean, versioned object over the corrupt one.
    await options.bringToFront();
    await options.locator('[data-setting="citationStyle"]').selectOption('chicago');
    await expect
      .poll(() => storedSettings(h!))
      .toMatchObject({ version: 2, citationStyle: 'chicago', defaultTarget: 'hans', readerFontSize: 18 });
    expect(errors).toEqual([]);
    await Promise.all([popup.close(), page.close(), options.close()]);
  });
});

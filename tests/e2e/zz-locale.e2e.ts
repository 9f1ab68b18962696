import { it } from 'vitest';
import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR } from './harness';
it('locale', async () => {
  for (const variant of [{ args: ['--lang=zh-CN'] }, { env: { ...process.env, LANGUAGE: 'zh_CN', LANG: 'zh_CN.UTF-8' } }]) {
    const ctx = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'qd-')), {
      executablePath: '/usr/bin/chromium', headless: true,
      args: ['--headless=new', '--no-sandbox', '--disable-gpu', `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, ...(variant.args ?? [])],
      env: variant.env as Record<string, string> | undefined,
    });
    const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
    console.log('LOCALE', JSON.stringify(variant.args ?? 'env'), await sw.evaluate(() => [(globalThis as any).chrome.i18n.getUILanguage(), (globalThis as any).chrome.i18n.getMessage('extName')]));
    await ctx.close();
  }
});

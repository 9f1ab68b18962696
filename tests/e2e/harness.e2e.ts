import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Harness } from './harness';

describe('e2e harness', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchBrowser();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('loads the extension, serves fixtures and reaches the content script and the popup', async () => {
    expect(h.extensionId).toMatch(/^[a-p]{32}$/);
    const { page, tabId } = await h.openPage('/fixtures/live/lazy-article.html');
    expect(await page.title()).toContain('依靠群众');
    expect(await h.sendToTab(tabId, { type: 'qingdu:state' })).toEqual({ clean: 'off', convert: 'off' });
    expect(await h.tabIdOf(page)).toBe(tabId);
    const popup = await h.openPopup(tabId);
    expect(popup.url()).toBe(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
    await popup.close();
    await page.close();
  });
});

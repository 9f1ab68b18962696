import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchTestBrowser, type Harness } from './harness';

describe('e2e harness', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchTestBrowser();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('loads the extension, serves fixtures and reaches the content script and the popup', async () => {
    // Chromium's id is derived from the extension's path; Firefox's is the UUID the harness gives its profile.
    expect(h.extensionId).toMatch(
      h.browser === 'chromium' ? /^[a-p]{32}$/ : /^[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}$/,
    );
    expect(h.extensionOrigin).toBe(`${h.browser === 'chromium' ? 'chrome' : 'moz'}-extension://${h.extensionId}`);
    const { page, tabId } = await h.openPage('/fixtures/live/lazy-article.html');
    expect(await page.title()).toContain('依靠群众');
    expect(await h.sendToTab(tabId, { type: 'qingdu:state' })).toEqual({ clean: 'off', convert: 'off' });
    expect(await h.tabIdOf(page)).toBe(tabId);
    const popup = await h.openPopup(tabId);
    expect(popup.url()).toBe(`${h.extensionOrigin}/popup.html?tab=${tabId}`);
    await popup.close();
    await page.close();
  });
});

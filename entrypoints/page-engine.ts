/** The page engine, loaded by the content script on first use (listed in web_accessible_resources for that). */
import { browser } from 'wxt/browser';
import { createPageEngine, type PageEngine } from '@/src/page/engine';

export default defineUnlistedScript(() => {
  const scope = globalThis as { qingduPageEngine?: PageEngine };
  scope.qingduPageEngine ??= createPageEngine(document, browser.storage.local);
});

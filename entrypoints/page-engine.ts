/** The page engine, run in the content script's frame by the background on the content script's first request. */
import { browser } from 'wxt/browser';
import { createPageEngine, type PageEngine } from '@/src/extension/page/engine';
import { announceState, remoteEngine, saveThisPage } from '@/src/extension/runtime-client';

export default defineUnlistedScript(() => {
  const scope = globalThis as { qingduPageEngine?: PageEngine };
  scope.qingduPageEngine ??= createPageEngine(document, {
    storage: browser.storage.local,
    engine: remoteEngine,
    announce: announceState,
    t: (key, substitutions) => browser.i18n.getMessage(key as never, substitutions?.map(String)),
    saveToLibrary: saveThisPage,
  });
});

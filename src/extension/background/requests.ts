/**
 * The background's one message listener: it answers the extension's own contexts only, checks each request once and
 * dispatches it by type — conversion for the page engine, the page engine itself for a content script, and saving a
 * tab to the library.
 */
import { type Browser, browser } from 'wxt/browser';
import { dispatcher } from '../messaging';
import { BACKGROUND_CHECKS, type BackgroundProtocol } from '../protocol';
import { convertBlocks } from './conversion';
import { saveTabToLibrary, saveTabWithBadge } from './library';
import { loadPageEngine } from './site-access';

export function registerRequests(): void {
  const dispatch = dispatcher<BackgroundProtocol, Browser.runtime.MessageSender>(BACKGROUND_CHECKS, {
    'qingdu:convert-blocks': (request) => convertBlocks(request),
    'qingdu:load-engine': (_request, sender) => loadPageEngine(sender),
    'qingdu:save-to-library': (request, sender) => {
      const tabId = request.tabId ?? sender.tab?.id;
      if (tabId == null) throw new Error('no tab to save');
      return request.tabId == null ? saveTabWithBadge(tabId) : saveTabToLibrary(tabId);
    },
  });
  browser.runtime.onMessage.addListener((message: unknown, sender) =>
    sender.id === browser.runtime.id ? dispatch(message, sender) : undefined,
  );
}

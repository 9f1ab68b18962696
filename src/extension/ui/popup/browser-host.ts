/** The popup's host in the extension: `browser.*` behind the PopupHost interface. */
import { browser } from 'wxt/browser';
import { accept, sender } from '../../messaging';
import { type BackgroundProtocol, NOTICE_CHECKS } from '../../protocol';
import { requestSiteAccess } from '../../site-permissions';
import { recordPageSlogans } from '../../slogan-history';
import { readyTabSender } from '../../tab-client';
import type { PopupHost, PopupTab } from './host';

async function targetTab(): Promise<PopupTab | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) {
    const tab = await browser.tabs.get(Number(param)).catch(() => null);
    return tab?.id != null ? { id: tab.id, url: tab.url } : null;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id != null ? { id: tab.id, url: tab.url } : null;
}

export function browserHost(): PopupHost {
  return {
    t: (key, substitutions) => browser.i18n.getMessage(key as never, substitutions?.map(String)),
    tab: targetTab,
    fileAccess: () => browser.extension.isAllowedFileSchemeAccess(),
    send: (tabId, request) => readyTabSender(tabId)(request),
    // The popup's one message listener: notices from the page it is about.
    watchState(tabId, onState) {
      const listener = (message: unknown, sender: { id?: string; tab?: { id?: number } }) => {
        if (sender.id !== browser.runtime.id || sender.tab?.id !== tabId) return;
        const notice = accept(NOTICE_CHECKS, message);
        if (notice && !('failure' in notice)) onState(notice.state);
      };
      browser.runtime.onMessage.addListener(listener);
      return () => browser.runtime.onMessage.removeListener(listener);
    },
    async shortcuts() {
      const commands = await browser.commands.getAll();
      return Object.fromEntries(commands.filter((c) => c.name && c.shortcut).map((c) => [c.name!, c.shortcut!]));
    },
    storage: browser.storage.local,
    requestSiteAccess,
    sloganHistory: (url, slogans) => recordPageSlogans(browser.storage.local, url, slogans),
    async writeClipboard(payload) {
      const flavours: Record<string, Blob> = { 'text/plain': new Blob([payload.text], { type: 'text/plain' }) };
      if ('html' in payload) flavours['text/html'] = new Blob([payload.html], { type: 'text/html' });
      await navigator.clipboard.write([new ClipboardItem(flavours)]);
    },
    openOptions: () => void browser.runtime.openOptionsPage(),
    saveToLibrary: (tabId) =>
      sender<BackgroundProtocol>((message) => browser.runtime.sendMessage(message))({
        type: 'qingdu:save-to-library',
        tabId,
      }),
    openLibrary: () => void browser.tabs.create({ url: browser.runtime.getURL('/library.html') }),
    now: () => new Date(),
  };
}

/** The popup's host in the extension: `browser.*` behind the PopupHost interface. */
import { browser } from 'wxt/browser';
import { ensureContentScript, originPattern } from '../../background/site-access';
import type { Request } from '../../protocol';
import { recordPageSlogans } from '../../slogan-history';
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
    async send(tabId: number, request: Request) {
      await ensureContentScript(tabId);
      return browser.tabs.sendMessage(tabId, request);
    },
    async shortcuts() {
      const commands = await browser.commands.getAll();
      return Object.fromEntries(commands.filter((c) => c.name && c.shortcut).map((c) => [c.name!, c.shortcut!]));
    },
    storage: browser.storage.local,
    requestSiteAccess: (host) => browser.permissions.request({ origins: [originPattern(host)] }),
    sloganHistory: (url, slogans) => recordPageSlogans(browser.storage.local, url, slogans),
    async writeClipboard({ text, html }) {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/plain': new Blob([text], { type: 'text/plain' }),
          'text/html': new Blob([html], { type: 'text/html' }),
        }),
      ]);
    },
    openOptions: () => void browser.runtime.openOptionsPage(),
    now: () => new Date(),
  };
}

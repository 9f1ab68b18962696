/**
 * Copy with citation without the popup: the context-menu item for a selection and the copy-citation shortcut.
 * The strings are built here (body + citation from src/core/cite, from the article as the page shows it) and written
 * to the clipboard by the tab's content script, both text/plain and text/html; page text reaches markup only through
 * the escaped html flavour.
 */
import { browser } from 'wxt/browser';
import { type ClipboardPayload, citationPayload } from '../copy-payload';
import type { Sender } from '../messaging';
import type { PageProtocol } from '../protocol';
import { loadSettings } from '../settings';
import { tabSender } from '../tab-client';

const COPY_SELECTION_MENU = 'qingdu-copy-selection';

/** What to copy for a tab: the article (or `selection`) as the page shows it, followed by its citation. */
async function tabPayload(
  send: Sender<PageProtocol>,
  url: string | undefined,
  selection: string | null,
): Promise<ClipboardPayload> {
  const reply = await send({ type: 'qingdu:article' });
  if (!reply.ok) throw new Error(reply.error);
  const settings = await loadSettings(browser.storage.local);
  return citationPayload(reply.article, {
    url: url ?? reply.article.url ?? '',
    accessed: new Date(),
    style: settings.citationStyle,
    ...(selection != null ? { selection } : {}),
  });
}

/**
 * Copy from a tab with its citation. `body: 'selection'` copies the selection (nothing when there is none);
 * `auto` copies the selection when there is one, else the whole article. Resolves true once the clipboard holds it.
 */
async function copyCitationFromTab(
  tab: { id: number; url?: string },
  body: 'selection' | 'auto',
  selectionHint?: string,
): Promise<boolean> {
  const send = await tabSender(tab.id);
  const { text } = await send({ type: 'qingdu:selection' });
  const selected = (text || selectionHint || '').trim();
  if (body === 'selection' && !selected) return false;
  const payload = await tabPayload(send, tab.url, selected || null);
  const written = await send({ type: 'qingdu:write-clipboard', ...payload });
  return written.ok;
}

/** The copy-citation shortcut: the selection when there is one, else the clean article. */
export function copyCitationCommand(tab: { id?: number; url?: string } | undefined): Promise<boolean> {
  if (tab?.id == null) return Promise.resolve(false);
  return copyCitationFromTab({ id: tab.id, url: tab.url }, 'auto').catch((error) => {
    console.warn('Qingdu: copy with citation failed', error);
    return false;
  });
}

export function registerCopyMenus(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: COPY_SELECTION_MENU,
      title: browser.i18n.getMessage('menuCopySelection'),
      contexts: ['selection'],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== COPY_SELECTION_MENU || tab?.id == null) return;
    void copyCitationFromTab({ id: tab.id, url: tab.url }, 'selection', info.selectionText).catch((error) =>
      console.warn('Qingdu: copy with citation failed', error),
    );
  });
}

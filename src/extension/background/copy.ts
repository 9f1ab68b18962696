/**
 * Copy with citation without the popup: the context-menu item for a selection and the copy-citation shortcut.
 * The strings are built here (body + citation from src/core/cite, in the script the page is shown in) and written to
 * the clipboard by the tab's content script, both text/plain and text/html; page text reaches markup only through
 * the escaped html flavour.
 */
import { browser, type Browser } from 'wxt/browser';
import type { ArticleReply, CopyCitationRequest, Request } from '../protocol';
import { citationPayload, type ClipboardPayload } from '../copy-payload';
import { inShownScript } from '../shown-script';
import { loadSettings } from '../settings';
import { ensureContentScript } from './site-access';

export const COPY_SELECTION_MENU = 'qingdu-copy-selection';

/** Self-contained clipboard writer for `scripting.executeScript` into a tab (both flavours). */
export { writeClipboard as writeClipboardInPage } from '../page/clipboard';

export class CopyError extends Error {}

async function ask<T>(tabId: number, request: Request): Promise<T> {
  return (await browser.tabs.sendMessage(tabId, request)) as T;
}

/** What to copy for a tab: the article (or `selection`) in the shown script, followed by its citation. */
export async function buildTabPayload(
  tab: { id: number; url?: string },
  selection: string | null,
): Promise<ClipboardPayload> {
  const reply = await ask<ArticleReply | undefined>(tab.id, { type: 'qingdu:article' });
  if (!reply?.ok) throw new CopyError(reply?.error ?? 'the page did not answer');
  const article = await inShownScript(reply.article, reply.state.convert);
  const settings = await loadSettings(browser.storage.local);
  return citationPayload(article, {
    url: tab.url ?? reply.article.url ?? '',
    accessed: new Date(),
    style: settings.citationStyle,
    ...(selection != null ? { selection } : {}),
  });
}

/**
 * Copy from a tab with its citation. `body: 'selection'` copies the selection (nothing when there is none);
 * `auto` copies the selection when there is one, else the whole article. Resolves true once the clipboard holds it.
 */
export async function copyCitationFromTab(
  tab: { id: number; url?: string },
  body: 'selection' | 'auto',
  selectionHint?: string,
): Promise<boolean> {
  await ensureContentScript(tab.id);
  const { text } = await ask<{ text?: string } | undefined>(tab.id, { type: 'qingdu:selection' }).then((r) => r ?? {});
  const selected = (text || selectionHint || '').trim();
  if (body === 'selection' && !selected) return false;
  const payload = await buildTabPayload(tab, selected || null);
  const written = await ask<{ ok?: boolean } | undefined>(tab.id, { type: 'qingdu:write-clipboard', ...payload });
  return written?.ok === true;
}

/** The copy-citation shortcut: the selection when there is one, else the clean article. */
export function copyCitationCommand(tab: Browser.tabs.Tab | undefined): Promise<boolean> {
  if (tab?.id == null) return Promise.resolve(false);
  return copyCitationFromTab({ id: tab.id, url: tab.url }, 'auto').catch((error) => {
    console.warn('Qingdu: copy with citation failed', error);
    return false;
  });
}

function isCopyRequest(message: unknown): message is CopyCitationRequest {
  const m = message as CopyCitationRequest | null;
  return (
    m?.type === 'qingdu:copy-citation' && typeof m.tabId === 'number' && (m.body === 'selection' || m.body === 'auto')
  );
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
  // The same copy for the extension's own pages (never for content scripts, whose sender URL is the page's).
  const ownPages = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isCopyRequest(message) || sender.id !== browser.runtime.id || !sender.url?.startsWith(ownPages))
      return undefined;
    return browser.tabs
      .get(message.tabId)
      .then((tab) => copyCitationFromTab({ id: message.tabId, url: tab.url }, message.body));
  });
}

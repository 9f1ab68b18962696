/**
 * Copy with citation without the popup: the context-menu item for a selection and the copy-citation shortcut.
 * The strings are built here (body + citation from src/cite, in the script the page is shown in) and written to
 * the clipboard inside the tab, both text/plain and text/html; page text reaches markup only through the escaped
 * html flavour.
 */
import { browser, type Browser } from 'wxt/browser';
import type { ArticleReply, CopyCitationRequest, PageState } from '../messages';
import { citationPayload, type ClipboardPayload } from '../popup/copy-payload';
import { inShownScript } from '../popup/shown-script';
import { loadSettings } from '../settings';
import { ensureContentScript } from './site-access';

export const COPY_SELECTION_MENU = 'qingdu-copy-selection';

/** Runs in the page: puts both flavours on the clipboard. Must stay self-contained (it is serialised). */
export function writeClipboardInPage(text: string, html: string): boolean | Promise<boolean> {
  let written = false;
  const onCopy = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    event.clipboardData.setData('text/plain', text);
    event.clipboardData.setData('text/html', html);
    event.preventDefault();
    event.stopImmediatePropagation();
    written = true;
  };
  window.addEventListener('copy', onCopy, true);
  try {
    document.execCommand('copy');
  } finally {
    window.removeEventListener('copy', onCopy, true);
  }
  if (written) return true;
  return navigator.clipboard
    .write([
      new ClipboardItem({
        'text/plain': new Blob([text], { type: 'text/plain' }),
        'text/html': new Blob([html], { type: 'text/html' }),
      }),
    ])
    .then(() => true, () => false);
}

/** Runs in the page: the selection as the reader sees it, lines kept. */
function readSelectionInPage(): string {
  return globalThis.getSelection?.()?.toString() ?? '';
}

async function runInTab<A extends unknown[], R>(tabId: number, func: (...args: A) => R, args: A): Promise<Awaited<R> | undefined> {
  const [result] = await browser.scripting.executeScript({ target: { tabId }, func: func as never, args: args as never });
  return result?.result as Awaited<R> | undefined;
}

export class CopyError extends Error {}

/** Build what to copy for a tab: the article (or `selection`) in the shown script, followed by its citation. */
export async function buildTabPayload(tab: { id: number; url?: string }, selection: string | null): Promise<ClipboardPayload> {
  await ensureContentScript(tab.id);
  const reply = (await browser.tabs.sendMessage(tab.id, { type: 'qingdu:article' })) as ArticleReply | undefined;
  if (!reply?.ok) throw new CopyError(reply?.error ?? 'the page did not answer');
  const state: PageState = reply.state;
  const article = await inShownScript(reply.article, state.convert);
  const settings = await loadSettings(browser.storage.local);
  return citationPayload(article, {
    url: tab.url ?? article.url ?? '',
    accessed: new Date(),
    style: settings.citationStyle,
    ...(selection != null ? { selection } : {}),
  });
}

/**
 * Copy from a tab with its citation. `body: 'selection'` copies the selection (nothing when there is none);
 * `auto` copies the selection when there is one, else the whole article. Resolves true when the clipboard was written.
 */
export async function copyCitationFromTab(tab: { id: number; url?: string }, body: 'selection' | 'auto', selectionHint?: string): Promise<boolean> {
  const selected = ((await runInTab(tab.id, readSelectionInPage, []).catch(() => undefined)) ?? selectionHint ?? '').trim();
  if (body === 'selection' && !selected) return false;
  const payload = await buildTabPayload(tab, selected ? selected : null);
  return (await runInTab(tab.id, writeClipboardInPage, [payload.text, payload.html])) === true;
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
  return m?.type === 'qingdu:copy-citation' && typeof m.tabId === 'number' && (m.body === 'selection' || m.body === 'auto');
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
  // Extension pages (never content scripts) may ask for the same copy, e.g. the popup.
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isCopyRequest(message) || sender.id !== browser.runtime.id || sender.tab) return undefined;
    return browser.tabs.get(message.tabId).then((tab) => copyCitationFromTab({ id: message.tabId, url: tab.url }, message.body));
  });
}

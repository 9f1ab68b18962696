/**
 * Saving to the library, from the popup, the save shortcut and a site's "always save" rule: the tab's page engine
 * gives its article as published, and the background finds its slogans and writes it to the library's store. After a save without the
 * popup, the toolbar button says how it went on that tab (✓ saved, ≠ a new version, = unchanged, ! refused).
 */
import { browser } from 'wxt/browser';
import type { Article } from '../../core/article';
import { withSlogans } from '../../core/slogans';
import { LibraryFullError, type LibraryDb, openLibrary, saveArticle } from '../library/store';
import type { LibrarySaveReply } from '../protocol';
import { tabSender } from '../tab-client';

let library: Promise<LibraryDb> | null = null;

function db(): Promise<LibraryDb> {
  library ??= openLibrary().catch((error) => {
    library = null;
    throw error;
  });
  return library;
}

export async function saveTabToLibrary(tabId: number): Promise<LibrarySaveReply> {
  let page: { article: Article; url: string };
  try {
    const send = await tabSender(tabId);
    const reply = await send({ type: 'qingdu:library-article' });
    if (!reply.ok) return { status: 'refused', reason: 'no-article', message: reply.error };
    page = reply;
  } catch (error) {
    return { status: 'refused', reason: 'failed', message: messageOf(error) };
  }
  try {
    return await saveArticle(await db(), withSlogans(page.article), page.url);
  } catch (error) {
    if (error instanceof LibraryFullError) return { status: 'refused', reason: 'quota', message: error.message };
    return { status: 'refused', reason: 'failed', message: messageOf(error) };
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const BADGES: Record<LibrarySaveReply['status'], string> = { saved: '✓', updated: '≠', unchanged: '=', refused: '!' };

/** Save a tab and show the outcome on the toolbar button for that tab, for a few seconds. */
export async function saveTabWithBadge(tabId: number): Promise<LibrarySaveReply> {
  const reply = await saveTabToLibrary(tabId);
  const action = browser.action;
  await action.setBadgeText({ tabId, text: BADGES[reply.status] }).catch(() => undefined);
  if (reply.status === 'refused') await action.setTitle({ tabId, title: reply.message }).catch(() => undefined);
  setTimeout(() => void action.setBadgeText({ tabId, text: '' }).catch(() => undefined), 4000);
  return reply;
}

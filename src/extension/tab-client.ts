/**
 * Requests to a tab's content script, from the popup and the background alike. No content script is declared for
 * every page: it is injected into the tab on first use (activeTab), or registered for sites with a rule.
 */
import { browser } from 'wxt/browser';
import { sender, type Sender } from './messaging';
import type { PageProtocol } from './protocol';

export const CONTENT_SCRIPT_FILE = '/content-listener.js';
export const PAGE_ENGINE_FILE = '/page-engine.js';

/** Make sure the tab answers (injecting the content script when the ping goes unanswered), then send to it. */
export async function tabSender(tabId: number): Promise<Sender<PageProtocol>> {
  const send = sender<PageProtocol>((message) => browser.tabs.sendMessage(tabId, message));
  try {
    await send({ type: 'qingdu:state' });
  } catch {
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
  }
  return send;
}

/**
 * For the popup, where every millisecond before the fields show counts: each request goes straight to the tab, with
 * no ping first. A tab that does not answer gets the content script and the page engine in one injection (no round
 * trip through the background to load the engine) and the request again.
 */
export function readyTabSender(tabId: number): Sender<PageProtocol> {
  return sender<PageProtocol>(async (message) => {
    try {
      return await browser.tabs.sendMessage(tabId, message);
    } catch {
      await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE, PAGE_ENGINE_FILE] });
      return browser.tabs.sendMessage(tabId, message);
    }
  });
}

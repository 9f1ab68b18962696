/**
 * Requests to a tab's content script, from the popup and the background alike. No content script is declared for
 * every page: it is injected into the tab on first use (activeTab), or registered for sites with a rule.
 */
import { browser } from 'wxt/browser';
import { sender, type Sender } from './messaging';
import type { PageProtocol } from './protocol';

export const CONTENT_SCRIPT_FILE = '/content-listener.js';

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

/**
 * Keyboard shortcuts (declared in wxt.config.ts): reader view and script toggles become messages to the tab's
 * content script (reading its state first, so one key turns a mode on and off); copy-citation goes to the copy flow.
 */
import { browser } from 'wxt/browser';
import type { PageState, Request } from '../protocol';
import { loadSettings } from '../settings';
import { copyCitationCommand } from './copy';
import { ensureContentScript } from './site-access';

export type CommandName = 'reader-view' | 'toggle-script' | 'copy-citation';

async function send<T>(tabId: number, request: Request): Promise<T> {
  await ensureContentScript(tabId);
  return (await browser.tabs.sendMessage(tabId, request)) as T;
}

/** The request a toggle command sends, given the tab's current state. */
export function toggleRequest(
  command: Exclude<CommandName, 'copy-citation'>,
  state: PageState,
  defaultTarget: PageState['convert'],
): Request {
  if (command === 'reader-view') return { type: 'qingdu:clean', mode: state.clean === 'reader' ? 'off' : 'reader' };
  return { type: 'qingdu:convert', target: state.convert === 'off' ? defaultTarget : 'off' };
}

/** Run a toggle command against a tab. */
export async function runToggle(command: string, tabId: number): Promise<void> {
  if (command !== 'reader-view' && command !== 'toggle-script') return;
  const state = await send<PageState>(tabId, { type: 'qingdu:state' });
  const { defaultTarget } = await loadSettings(browser.storage.local);
  await send(tabId, toggleRequest(command, state, defaultTarget));
}

export function registerCommands(): void {
  browser.commands.onCommand.addListener((command, commandTab) => {
    const run = async () => {
      const tab = commandTab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
      if (tab?.id == null) return;
      if (command === 'copy-citation') await copyCitationCommand(tab);
      else await runToggle(command, tab.id);
    };
    run().catch((error) => console.warn(`Qingdu: command ${command} failed`, error));
  });
}

/**
 * Keyboard shortcuts (declared in wxt.config.ts): reader view and script toggles become requests to the tab's
 * content script (reading its state first, so one key turns a mode on and off); copy-citation goes to the copy flow,
 * save-to-library saves the tab to the library.
 */
import { browser } from 'wxt/browser';
import type { PageRequest, PageState } from '../protocol';
import { loadSettings } from '../settings';
import { tabSender } from '../tab-client';
import { copyCitationCommand } from './copy';
import { saveTabWithBadge } from './library';

type CommandName = 'reader-view' | 'toggle-script' | 'copy-citation' | 'save-to-library';

/** The request a toggle command sends, given the tab's current state. */
function toggleRequest(
  command: Exclude<CommandName, 'copy-citation' | 'save-to-library'>,
  state: PageState,
  defaultTarget: PageState['convert'],
): PageRequest<'qingdu:clean' | 'qingdu:convert'> {
  if (command === 'reader-view') return { type: 'qingdu:clean', mode: state.clean === 'reader' ? 'off' : 'reader' };
  return { type: 'qingdu:convert', target: state.convert === 'off' ? defaultTarget : 'off' };
}

/** Run a toggle command against a tab. */
async function runToggle(command: string, tabId: number): Promise<void> {
  if (command !== 'reader-view' && command !== 'toggle-script') return;
  const send = await tabSender(tabId);
  const state = await send({ type: 'qingdu:state' });
  const { defaultTarget } = await loadSettings(browser.storage.local);
  await send(toggleRequest(command, state, defaultTarget));
}

export function registerCommands(): void {
  browser.commands.onCommand.addListener((command, commandTab) => {
    const run = async () => {
      const tab = commandTab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
      if (tab?.id == null) return;
      if (command === 'copy-citation') await copyCitationCommand(tab);
      else if (command === 'save-to-library') await saveTabWithBadge(tab.id);
      else await runToggle(command, tab.id);
    };
    run().catch((error) => console.warn(`Qingdu: command ${command} failed`, error));
  });
}

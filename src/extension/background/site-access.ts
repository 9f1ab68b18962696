/**
 * Where the content script runs. Nothing is declared for every page: the script is injected into the active tab when
 * the reader asks (activeTab), and registered at document_start only on sites the reader told Qingdu to always clean or
 * convert — and granted host access to.
 */
import { browser } from 'wxt/browser';
import { loadSettings, type Settings } from '../settings';
import { originPattern } from '../site-permissions';
import { CONTENT_SCRIPT_FILE, PAGE_ENGINE_FILE } from '../tab-client';

const REGISTRATION_ID = 'qingdu-sites';

/** Hosts with an automatic rule, as match patterns. */
function sitePatterns(settings: Settings): string[] {
  return Object.keys(settings.sites).sort().map(originPattern);
}

/** Register the content script on exactly the sites that have a rule and whose access the reader granted. */
async function syncSiteScripts(): Promise<void> {
  const settings = await loadSettings(browser.storage.local);
  const granted: string[] = [];
  for (const pattern of sitePatterns(settings)) {
    if (await browser.permissions.contains({ origins: [pattern] })) granted.push(pattern);
  }
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [REGISTRATION_ID] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [REGISTRATION_ID] });
  if (granted.length > 0) {
    const script = {
      id: REGISTRATION_ID,
      matches: granted,
      js: [CONTENT_SCRIPT_FILE.slice(1)],
      runAt: 'document_start' as const,
    };
    // Browsers that cannot persist a registration get it again from the onStartup resync.
    await browser.scripting
      .registerContentScripts([{ ...script, persistAcrossSessions: true }])
      .catch(() => browser.scripting.registerContentScripts([{ ...script, persistAcrossSessions: false }]));
  }
}

/** Run the page engine in the frame whose content script asked (only our own content scripts, in a tab). */
export async function loadPageEngine(sender: { tab?: { id?: number }; frameId?: number }): Promise<{ ok: boolean }> {
  const tabId = sender.tab?.id;
  if (tabId == null) return { ok: false };
  await browser.scripting.executeScript({
    target: { tabId, frameIds: [sender.frameId ?? 0] },
    files: [PAGE_ENGINE_FILE],
  });
  return { ok: true };
}

/** Keep registrations in step with settings and with permissions the reader grants or revokes. */
export function registerSiteAccess(): void {
  const resync = () =>
    void syncSiteScripts().catch((error) => console.warn('Qingdu: could not register site scripts', error));
  browser.runtime.onInstalled.addListener(resync);
  browser.runtime.onStartup.addListener(resync);
  browser.permissions.onAdded.addListener(resync);
  browser.permissions.onRemoved.addListener(resync);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && 'settings' in changes) resync();
  });
}

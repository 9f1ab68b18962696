/**
 * The content script (injected on demand, or registered for sites with a rule: src/extension/background/site-access.ts): idle
 * unless asked. At start it reads this site's rule (one storage read) and returns; cleaning, the reader view and
 * conversion live in the page engine, loaded on first use, which checks and answers every request. Plain extension
 * APIs, no polyfill and no framework wrapper: it stays small on every page of a site with a rule.
 */
import type { Failure } from '@/src/extension/messaging';
import { type EngineScope, engineLoader } from '@/src/extension/page/engine-loader';
import type { ContentScriptApi } from '@/src/extension/page/extension-api';
import { hidePage, MAX_HIDDEN_MS } from '@/src/extension/page/page-hiding';
import type { PageState } from '@/src/extension/protocol';

export default defineUnlistedScript(() => {
  const scope = globalThis as EngineScope & { chrome?: ContentScriptApi; qingduContent?: true };
  const api = scope.chrome;
  // Injected again on demand or by a site registration: the first instance keeps answering.
  if (!api?.runtime?.onMessage || scope.qingduContent) return;
  scope.qingduContent = true;

  const engine = engineLoader(scope, api);

  // The one listener: requests go to the page engine; before it is loaded, the page is as published.
  api.runtime.onMessage.addListener((message, _sender, reply) => {
    const type = (message as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !type.startsWith('qingdu:')) return undefined;
    if (type === 'qingdu:state' && !engine.asked()) {
      reply({ clean: 'off', convert: 'off' } satisfies PageState);
      return undefined;
    }
    engine
      .load()
      .then((e) => e.handle(message))
      .then(reply, (error: unknown) => reply({ failure: String(error) } satisfies Failure));
    return true;
  });

  // Only a site with a rule loads the engine; the engine reads the settings properly.
  api.storage.local.get('settings', (items) => {
    const stored = items?.settings as { sites?: Record<string, { convert?: unknown } | undefined> } | undefined;
    const rule = stored?.sites?.[location.hostname];
    if (!rule) return;
    if (rule.convert && document.readyState === 'loading') hidePage(document, MAX_HIDDEN_MS); // revealed by the engine once the first view is converted
    void engine.load().then((e) => e.applyStoredSettings(stored, location.hostname));
  });
});

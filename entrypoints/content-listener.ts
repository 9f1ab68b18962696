/**
 * The content script (declared for every page in wxt.config.ts): idle unless asked. At start it reads this site's
 * rule (one storage read) and returns; cleaning, the reader view and conversion live in the page engine, imported on
 * first use. Plain extension APIs, no polyfill and no framework wrapper: this runs on every page the reader opens.
 */
import type { PageState, Request } from '@/src/messages';
import type { PageEngine } from '@/src/page/engine';
import type { ContentScriptApi } from '@/src/page/extension-api';

const PAGE_ENGINE_FILE = '/page-engine.js';

export default defineUnlistedScript(() => {
  const scope = globalThis as { chrome?: ContentScriptApi; qingduContent?: true; qingduPageEngine?: PageEngine };
  const api = scope.chrome;
  // Injected again on demand or by a site registration: the first instance keeps answering.
  if (!api?.runtime?.onMessage || scope.qingduContent) return;
  scope.qingduContent = true;

  let engine: Promise<PageEngine> | null = null;
  const loadEngine = (): Promise<PageEngine> =>
    (engine ??= import(/* @vite-ignore */ api.runtime.getURL(PAGE_ENGINE_FILE)).then(() => {
      if (!scope.qingduPageEngine) throw new Error('the page engine did not load');
      return scope.qingduPageEngine;
    }));

  api.runtime.onMessage.addListener((message, _sender, reply) => {
    const request = message as Request | null;
    if (typeof request?.type !== 'string' || !request.type.startsWith('qingdu:')) return undefined;
    if (request.type === 'qingdu:state' && !engine) {
      reply({ clean: 'off', convert: 'off' } satisfies PageState);
      return undefined;
    }
    loadEngine()
      .then((e) => e.handle(request))
      .then(reply, (error: unknown) => reply({ ok: false, error: String(error) }));
    return true;
  });

  // Only a site with a rule loads the engine; the engine reads the settings properly.
  api.storage.local.get('settings', (items) => {
    const stored = items?.settings as { sites?: Record<string, unknown> } | undefined;
    if (stored?.sites?.[location.hostname]) void loadEngine().then((e) => e.applyStoredSettings(stored, location.hostname));
  });
});

/**
 * The page engine, loaded in this frame on first use. The popup may have injected it with the content script;
 * otherwise the background runs it here. An event page that is being unloaded, or is still starting, as the request
 * arrives can leave it unanswered, so the background is asked again once; a load that still fails is not kept, and
 * the next request tries afresh instead of failing for the rest of the page's life.
 */
import type { BackgroundRequest } from '../protocol';
import type { PageEngine } from './engine';
import type { ContentScriptApi } from './extension-api';

export interface EngineScope {
  qingduPageEngine?: PageEngine;
}

const RETRY_AFTER_MS = 150;

export function engineLoader(
  scope: EngineScope,
  api: Pick<ContentScriptApi, 'runtime'>,
  attempts = 2,
): { load(): Promise<PageEngine>; asked(): boolean } {
  /** Ask the background to run the engine here; resolves with its error, if any. */
  const askBackground = () =>
    new Promise<string | undefined>((resolve) =>
      api.runtime.sendMessage({ type: 'qingdu:load-engine' } satisfies BackgroundRequest<'qingdu:load-engine'>, () =>
        resolve(api.runtime.lastError?.message),
      ),
    );

  const load = async (): Promise<PageEngine> => {
    for (let attempt = 1; ; attempt++) {
      if (scope.qingduPageEngine) return scope.qingduPageEngine;
      const error = await askBackground();
      if (scope.qingduPageEngine) return scope.qingduPageEngine;
      if (attempt >= attempts) throw new Error(error ?? 'the page engine did not load');
      await new Promise((resolve) => setTimeout(resolve, RETRY_AFTER_MS));
    }
  };

  let engine: Promise<PageEngine> | null = null;
  let asked = false;
  return {
    load() {
      asked = true;
      return (engine ??= load().catch((error: unknown) => {
        engine = null;
        throw error;
      }));
    },
    /** Whether the engine was ever asked for: until then the page is as published. */
    asked: () => asked,
  };
}

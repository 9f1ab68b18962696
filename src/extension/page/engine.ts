/**
 * The page engine: everything the content script does once asked — cleaning, conversion, highlighting, the
 * clipboard — behind one handler that checks and dispatches each request. Loaded on first use so an idle page never
 * pays for it.
 */
import type { ConversionEngine } from '../../convert/engine';
import { dispatcher, type Failure } from '../messaging';
import { PAGE_CHECKS, type PageProtocol, type PageState } from '../protocol';
import {
  loadMarkChoices,
  loadReaderFontSize,
  pageSettings,
  type SettingsStorage,
  saveReaderFontSize,
} from '../page-settings';
import type { Translate } from '../ui/i18n';
import { selectedText, writeClipboard } from './clipboard';
import { PageSession } from './session';

export interface PageEngine {
  /** Answer a message from the extension: the reply, or a Failure for what is not a well-formed page request. */
  handle(message: unknown): Promise<unknown>;
  /** Apply this site's rule, from settings as storage holds them (the content script does not parse them). */
  applyStoredSettings(stored: unknown, host: string): Promise<void>;
}

interface PageEngineOptions {
  storage: SettingsStorage;
  /** Converts where the dictionaries are. */
  engine: ConversionEngine;
  /** Tells the extension's pages that the page's state changed. */
  announce: (state: PageState) => void;
  /** The extension's interface strings. */
  t: Translate;
  /** Asks the background to save this page to the library (a site's rule says to). */
  saveToLibrary: () => Promise<unknown>;
}

/** Resolves once the page has loaded and the browser has a moment to spare. */
function pageIdle(doc: Document): Promise<void> {
  const view = doc.defaultView;
  const loaded =
    doc.readyState === 'complete'
      ? Promise.resolve()
      : new Promise<void>((done) => view?.addEventListener('load', () => done(), { once: true }) ?? done());
  return loaded.then(
    () =>
      new Promise<void>((done) => {
        if (view && 'requestIdleCallback' in view) view.requestIdleCallback(() => done(), { timeout: 2000 });
        else setTimeout(done, 0);
      }),
  );
}

export function createPageEngine(doc: Document, options: PageEngineOptions): PageEngine {
  const { storage } = options;
  const session = new PageSession(doc, {
    engine: options.engine,
    t: options.t,
    onFontSize: (size) => void saveReaderFontSize(storage, size),
    onStateChange: options.announce,
  });
  void loadReaderFontSize(storage).then((size) => session.setFontSize(size));
  void loadMarkChoices(storage).then((mark) => session.setMarkChoices(mark));

  const dispatch = dispatcher<PageProtocol, undefined>(PAGE_CHECKS, {
    'qingdu:article': () => session.article(),
    'qingdu:read': () => session.read(),
    'qingdu:slogans': () => session.slogans(),
    'qingdu:markdown': (request) => session.markdown(request.url, request.accessed),
    'qingdu:clean': async (request) => {
      session.setMarkChoices(await loadMarkChoices(storage));
      return session.clean(request.mode);
    },
    'qingdu:convert': (request) => session.convert(request.target),
    'qingdu:highlight': (request) => ({ ok: session.highlight(request.text) }),
    'qingdu:state': () => session.state,
    'qingdu:selection': () => ({ text: selectedText() }),
    'qingdu:write-clipboard': async (request) => ({ ok: await writeClipboard(request.text, request.html) }),
    'qingdu:library-article': async () => {
      const reply = await session.publishedArticle();
      return reply.ok ? { ...reply, url: doc.URL } : reply;
    },
  });

  return {
    handle(message) {
      const type = (message as { type?: unknown } | null)?.type;
      const unknown: Failure = { failure: `unknown request ${String(type)}` };
      return dispatch(message, undefined) ?? Promise.resolve(unknown);
    },
    async applyStoredSettings(stored, host) {
      const { rule, readerFontSize } = pageSettings(stored, host);
      if (!rule) return;
      session.setFontSize(readerFontSize);
      await session.applySiteRule(rule);
      if (rule.save) {
        // Once the page has loaded and the browser is idle: saving never competes with the page for its first paint.
        await pageIdle(doc);
        await options.saveToLibrary().catch((error) => console.warn('Qingdu: the page was not saved', error));
      }
    },
  };
}

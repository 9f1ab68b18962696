/**
 * The page engine: everything the content script does once asked — cleaning, conversion, highlighting — behind
 * one message handler. Loaded on first use so an idle page never pays for it.
 */
import type { Article } from '../../core/article';
import type { Request, PageState, ArticleReply } from '../protocol';
import {
  loadSettings,
  migrateSettings,
  updateSettings,
  type SettingsStorage,
  type SiteRule,
  type Settings,
} from '../settings';
import { CleanController } from './clean-controller';
import { autoConvert, getConversion, setConversion } from './convert-controller';
import { highlightText } from './highlight';
import { selectedText, writeClipboard } from './clipboard';

export interface PageEngine {
  handle(request: Request): Promise<unknown>;
  /** Apply this site's rule once the document is parsed: clean if asked, convert if asked. */
  applySiteRule(rule: SiteRule, settings: Settings): Promise<void>;
  /** The same, from settings as storage holds them (the content script does not parse them itself). */
  applyStoredSettings(stored: unknown, host: string): Promise<void>;
}

export function createPageEngine(doc: Document, storage: SettingsStorage): PageEngine {
  let fontSize = 18;
  void loadSettings(storage).then((settings) => (fontSize = settings.readerFontSize));
  const cleaner = new CleanController(doc, {
    fontSize: () => fontSize,
    onFontSize: (size) => {
      fontSize = size;
      void updateSettings(storage, (current) => ({ ...current, readerFontSize: size }));
    },
  });

  const state = (): PageState => ({ clean: cleaner.mode, convert: getConversion() });
  const withState = <R extends ArticleReply<Article>>(reply: R): R => (reply.ok ? { ...reply, state: state() } : reply);

  return {
    async handle(request) {
      switch (request.type) {
        case 'qingdu:state':
          return state();
        case 'qingdu:article':
          return withState(cleaner.articleReply());
        case 'qingdu:clean':
          return withState(cleaner.setMode(request.mode));
        case 'qingdu:convert':
          await setConversion(request.target);
          // The reader view is built from the page's text, so it follows the page into the new script.
          cleaner.refreshReader();
          return state();
        case 'qingdu:highlight':
          return { ok: highlightText(cleaner.readerRoot ?? doc, request.text) };
        case 'qingdu:selection':
          return { text: selectedText() };
        case 'qingdu:write-clipboard':
          return { ok: await writeClipboard(request.text, request.html) };
        default:
          return undefined;
      }
    },
    async applyStoredSettings(stored, host) {
      const settings = migrateSettings(stored);
      const rule = settings.sites[host];
      if (rule) await this.applySiteRule(rule, settings);
    },
    async applySiteRule(rule, settings) {
      fontSize = settings.readerFontSize;
      // Conversion starts before the document is parsed, so a page still loading stays hidden until it shows in
      // the reader's script; cleaning needs the whole document.
      const converting = autoConvert(rule, settings);
      if (doc.readyState === 'loading')
        await new Promise((done) => doc.addEventListener('DOMContentLoaded', done, { once: true }));
      if (rule.clean) cleaner.setMode(rule.clean);
      await converting;
      if (rule.clean && rule.convert) cleaner.refreshReader();
    },
  };
}

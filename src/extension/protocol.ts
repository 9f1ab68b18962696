/**
 * Every message between the extension's contexts, in one place: what each request carries, what answers it, and how
 * a request is checked when it arrives. Sent and dispatched through src/extension/messaging.ts.
 */
import type { Article, ArticleWithSlogans, Slogan } from '../core/article';
import { isScriptTarget, type ScriptTarget } from '../convert/targets';
import type { Choice } from '../convert/types';
import type { SaveOutcome } from './library/store';
import type { Checks, Reply, Request } from './messaging';

export const CLEAN_MODES = ['reader', 'inplace', 'off'] as const;
export type CleanMode = (typeof CLEAN_MODES)[number];

export interface PageState {
  clean: CleanMode;
  convert: ScriptTarget | 'off';
}

/**
 * The page's article as the page shows it (in the script it is shown in) with the page's state after the request, or
 * why there is no article. `A` adds the slogans where the reply carries them.
 */
export type ArticleReply<A extends Article = Article> =
  | { ok: true; article: A; state: PageState }
  | { ok: false; error: string; state: PageState };

/** The slogans of the page's article as the page shows it, or why there is no article. */
export type SlogansReply =
  | { ok: true; slogans: Slogan[]; state: PageState }
  | { ok: false; error: string; state: PageState };

/** Requests a tab's content script answers; sent by the popup and the background. */
export type PageProtocol = {
  /** The article with its slogans, as the copy commands copy it and the popup shows it after a change. */
  'qingdu:article': { request: object; reply: ArticleReply<ArticleWithSlogans> };
  /** The article without its slogans: what the popup shows first, as soon as the page is read. */
  'qingdu:read': { request: object; reply: ArticleReply };
  /** The slogans of the article as now shown, found once per article (the popup asks after showing the fields). */
  'qingdu:slogans': { request: object; reply: SlogansReply };
  /** The article as Markdown with YAML front matter; `accessed` is the reader's day, YYYY-MM-DD. */
  'qingdu:markdown': {
    request: { url: string; accessed: string };
    reply: { ok: true; text: string } | { ok: false; error: string };
  };
  /** Clean the page (or put it back); the article comes without slogans, so cleaning never waits on them. */
  'qingdu:clean': { request: { mode: CleanMode }; reply: ArticleReply };
  /** Show the page in a script (or as published) and answer with the article as it now shows. */
  'qingdu:convert': { request: { target: ScriptTarget | 'off' }; reply: ArticleReply<ArticleWithSlogans> };
  'qingdu:highlight': { request: { text: string }; reply: { ok: boolean } };
  'qingdu:state': { request: object; reply: PageState };
  /** The page's current selection as the reader sees it. */
  'qingdu:selection': { request: object; reply: { text: string } };
  /** Put both flavours on the clipboard from inside the page (already built and escaped). */
  'qingdu:write-clipboard': { request: { text: string; html: string }; reply: { ok: boolean } };
  /**
   * The article as published (the page's own script) and the page's address: what the library keeps. Its slogans are
   * found by the background, so saving costs the page no more than reading its article.
   */
  'qingdu:library-article': {
    request: object;
    reply: { ok: true; article: Article; url: string } | { ok: false; error: string };
  };
};

/** What saving to the library did: saved, a new version (and what changed), unchanged, or refused and why. */
export type LibrarySaveReply =
  | SaveOutcome
  | { status: 'refused'; reason: 'quota' | 'no-article' | 'failed'; message: string };

/** Requests the background answers; sent by content scripts and the page engine. */
export type BackgroundProtocol = {
  /**
   * Convert blocks of text pieces with the dictionaries the background holds (and the reader's phrases and quotation
   * marks from the settings); `withChoices` asks for the one-to-many characters no phrase decided.
   */
  'qingdu:convert-blocks': {
    request: { blocks: string[][]; to: ScriptTarget; from: ScriptTarget; withChoices?: boolean };
    reply: { blocks: string[][]; choices?: Choice[][] };
  };
  /** Run the page engine in the asking content script's frame (scripting.executeScript). */
  'qingdu:load-engine': { request: object; reply: { ok: boolean } };
  /** Save a tab's article to the library: `tabId` from the popup, the asking tab when a site's rule saves it. */
  'qingdu:save-to-library': { request: { tabId?: number }; reply: LibrarySaveReply };
};

/** Notices the page engine sends to extension pages; nobody answers them. */
type NoticeProtocol = {
  /** The page's state changed, whoever changed it (the reader closed the reader view with Esc, a shortcut…). */
  'qingdu:state-changed': { request: { state: PageState }; reply: undefined };
};

export type PageRequest<K extends keyof PageProtocol & string = keyof PageProtocol & string> = Request<PageProtocol, K>;
export type PageReply<K extends keyof PageProtocol & string> = Reply<PageProtocol, K>;
export type BackgroundRequest<K extends keyof BackgroundProtocol & string = keyof BackgroundProtocol & string> =
  Request<BackgroundProtocol, K>;
export type Notice = Request<NoticeProtocol>;

const always = () => true;
const isString = (value: unknown): value is string => typeof value === 'string';
const isCleanMode = (value: unknown): value is CleanMode => CLEAN_MODES.includes(value as CleanMode);
const isShownScript = (value: unknown) => value === 'off' || isScriptTarget(value);

function isPageState(value: unknown): value is PageState {
  const state = value as PageState | null;
  return typeof state === 'object' && state !== null && isCleanMode(state.clean) && isShownScript(state.convert);
}

export const PAGE_CHECKS: Checks<PageProtocol> = {
  'qingdu:article': always,
  'qingdu:read': always,
  'qingdu:slogans': always,
  'qingdu:markdown': (m) => isString(m.url) && isString(m.accessed) && /^\d{4}-\d{2}-\d{2}$/.test(m.accessed),
  'qingdu:clean': (m) => isCleanMode(m.mode),
  'qingdu:convert': (m) => isShownScript(m.target),
  'qingdu:highlight': (m) => isString(m.text),
  'qingdu:state': always,
  'qingdu:selection': always,
  'qingdu:write-clipboard': (m) => isString(m.text) && isString(m.html),
  'qingdu:library-article': always,
};

export const BACKGROUND_CHECKS: Checks<BackgroundProtocol> = {
  'qingdu:convert-blocks': (m) =>
    isScriptTarget(m.to) &&
    isScriptTarget(m.from) &&
    (m.withChoices === undefined || typeof m.withChoices === 'boolean') &&
    Array.isArray(m.blocks) &&
    m.blocks.every((block) => Array.isArray(block) && block.every(isString)),
  'qingdu:load-engine': always,
  'qingdu:save-to-library': (m) => m.tabId === undefined || Number.isInteger(m.tabId),
};

export const NOTICE_CHECKS: Checks<NoticeProtocol> = {
  'qingdu:state-changed': (m) => isPageState(m.state),
};

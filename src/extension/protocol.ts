/**
 * Messages between the popup/background and the content script. One union, one place:
 * every entrypoint imports its types from here.
 */
import type { Article, ArticleWithSlogans } from '../core/article';
import type { ScriptTarget } from '../convert/targets';

export type CleanMode = 'reader' | 'inplace' | 'off';

export type Request =
  | { type: 'qingdu:article' }
  | { type: 'qingdu:clean'; mode: CleanMode }
  | { type: 'qingdu:convert'; target: ScriptTarget | 'off' }
  | { type: 'qingdu:highlight'; text: string }
  | { type: 'qingdu:state' }
  /** The page's current selection as the reader sees it → `{ text: string }`. */
  | { type: 'qingdu:selection' }
  /** Put both flavours on the clipboard from inside the page (already built and escaped) → `{ ok: boolean }`. */
  | { type: 'qingdu:write-clipboard'; text: string; html: string };

export interface PageState {
  clean: CleanMode;
  convert: ScriptTarget | 'off';
}

/** `qingdu:article` answers with the slogans (the popup shows them); cleaning answers without. */
export type ArticleReply<A extends Article = Article> =
  | { ok: true; article: A; state: PageState }
  | { ok: false; error: string };
export type PopupArticleReply = ArticleReply<ArticleWithSlogans>;

/** Page-side contexts ask the background to convert blocks of text pieces (see src/convert/index.ts). */
export interface ConversionRequest {
  type: 'qingdu:convert-blocks';
  blocks: string[][];
  to: ScriptTarget;
  from: ScriptTarget;
}

export type ConversionReply = { ok: true; blocks: string[][] } | { ok: false; error: string };

/** Extension pages ask the background to copy a tab's selection (or its article) with the citation. */
export interface CopyCitationRequest {
  type: 'qingdu:copy-citation';
  tabId: number;
  /** `selection`: the current selection only; `auto`: the selection when there is one, else the article. */
  body: 'selection' | 'auto';
}

/** The content script asks the background to run the page engine in its frame (scripting.executeScript) → `{ ok }`. */
export interface LoadEngineRequest {
  type: 'qingdu:load-engine';
}

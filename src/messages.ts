/**
 * Messages between the popup/background and the content script. One union, one place:
 * every entrypoint imports its types from here.
 */
import type { Article } from './article';

export type CleanMode = 'reader' | 'inplace' | 'off';
/** Conversion targets: simplified, OpenCC traditional, Taiwan, Taiwan with phrases, Hong Kong. */
export type ScriptTarget = 'hans' | 'hant' | 'tw' | 'twp' | 'hk';

export type Request =
  | { type: 'qingdu:article' }
  | { type: 'qingdu:clean'; mode: CleanMode }
  | { type: 'qingdu:convert'; target: ScriptTarget | 'off' }
  | { type: 'qingdu:highlight'; text: string }
  | { type: 'qingdu:state' };

export interface PageState {
  clean: CleanMode;
  convert: ScriptTarget | 'off';
}

export type ArticleReply = { ok: true; article: Article; state: PageState } | { ok: false; error: string };

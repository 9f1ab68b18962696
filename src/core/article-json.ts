/**
 * The JSON shape of an Article that `qingdu extract --json` prints and the library exports as JSON Lines, so pages
 * read by the CLI and pages saved in the browser mix in one file.
 */
import type { Article, ArticleWithSlogans } from './article';

/** Exactly these keys, in this order (`articleJson` builds them in order). */
export type ExtractJson = Pick<
  Article,
  'title' | 'subtitle' | 'date' | 'source' | 'editor' | 'author' | 'reviewer' | 'site' | 'script'
> & {
  text: string;
  slogans: Pick<ArticleWithSlogans['slogans'][number], 'text' | 'count' | 'kind'>[];
  warnings: Article['warnings'];
  /** Where each shown field was read: a labelled line, a dateline, a declaration… (see README, "Metadata"). */
  evidence: Article['evidence'];
};

/** What the JSON is made of: the fields, paragraphs, slogans and warnings (a saved article has them too). */
export type JsonSource = Pick<
  ArticleWithSlogans,
  | 'title'
  | 'date'
  | 'source'
  | 'editor'
  | 'author'
  | 'reviewer'
  | 'site'
  | 'script'
  | 'paragraphs'
  | 'slogans'
  | 'warnings'
  | 'evidence'
> &
  // Articles saved before subtitles were read have none.
  Partial<Pick<ArticleWithSlogans, 'subtitle'>>;

export function articleJson(article: JsonSource): ExtractJson {
  return {
    title: article.title,
    subtitle: article.subtitle ?? null,
    date: article.date,
    source: article.source,
    editor: article.editor,
    author: article.author,
    reviewer: article.reviewer,
    site: article.site,
    script: article.script,
    text: article.paragraphs.map((p) => p.text).join('\n\n'),
    slogans: article.slogans.map(({ text, count, kind }) => ({ text, count, kind })),
    warnings: article.warnings,
    evidence: article.evidence,
  };
}

/** One JSON Lines record of a page known by its address: `{"url": …, <the fields of extract --json>}`. */
export function articleLine(url: string, article: JsonSource): string {
  return JSON.stringify({ url, ...articleJson(article) });
}

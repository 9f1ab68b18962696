/**
 * What the library keeps of a page: the clean article (fields, paragraphs, slogans, warnings, where each field was
 * read), where and when it was read, and its CSL-JSON record. Plain data, the same in the browser and in tests.
 */
import type { ArticleWithSlogans } from '../article';
import { articleToCsl, type CslItem } from '../cite/index';

/** The clean article as saved: the page's block bookkeeping (roles, removals, rejected claims) is left behind. */
export type SavedArticle = Omit<ArticleWithSlogans, 'roles' | 'removed' | 'rejected'>;

/** One saving of one page. Saving the same address again adds a version and keeps the earlier ones. */
export interface SavedVersion {
  /** Given by the store, in saving order. */
  id: number;
  url: string;
  /** When the page was read and saved, epoch milliseconds: the citation's access date. */
  savedAt: number;
  article: SavedArticle;
  csl: CslItem;
}

/** A saved page as the library lists it: its latest version's fields and slogans, and its versions. */
export interface LibraryEntry {
  url: string;
  /** The address's host name, for sorting and filtering by site. */
  host: string;
  title: string | null;
  date: string | null;
  source: string | null;
  editor: string | null;
  author: string | null;
  site: string | null;
  script: SavedArticle['script'];
  slogans: { key: string; text: string; count: number }[];
  /** Ids of the saved versions, oldest first; the last is the one shown. */
  versions: number[];
  firstSavedAt: number;
  savedAt: number;
  /** Characters of body text. */
  length: number;
}

export function savedArticleOf(article: ArticleWithSlogans): SavedArticle {
  const { roles: _roles, removed: _removed, rejected: _rejected, ...kept } = article;
  return kept;
}

export function versionOf(article: ArticleWithSlogans, url: string, savedAt: number): Omit<SavedVersion, 'id'> {
  const saved = savedArticleOf(article);
  return { url, savedAt, article: saved, csl: articleToCsl({ ...article, url }, { url, accessed: new Date(savedAt) }) };
}

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** The list entry for a page whose latest version is `latest`, after the versions `earlier` (ids, oldest first). */
export function entryOf(
  latest: SavedVersion,
  earlier: { versions: number[]; firstSavedAt: number } | null,
): LibraryEntry {
  const { article } = latest;
  return {
    url: latest.url,
    host: hostOf(latest.url),
    title: article.title,
    date: article.date,
    source: article.source,
    editor: article.editor,
    author: article.author,
    site: article.site,
    script: article.script,
    slogans: article.slogans.map(({ key, text, count }) => ({ key, text, count })),
    versions: [...(earlier?.versions ?? []), latest.id],
    firstSavedAt: earlier?.firstSavedAt ?? latest.savedAt,
    savedAt: latest.savedAt,
    length: article.paragraphs.reduce((sum, p) => sum + p.text.length, 0),
  };
}

/**
 * Full-text search over saved articles, in either script: each article is kept as one script-neutral text (title and
 * paragraphs through `neutral()`, simplified characters and ASCII punctuation), and a query is made neutral the same
 * way, so 發展 finds 发展 and 发展 finds 發展. Words separated by spaces must all occur; each is matched as a phrase.
 * Chinese needs no word splitting for this: a phrase is found wherever its characters stand together.
 */
import { neutral } from '../text/neutral';
import type { SavedArticle } from './saved';

/** The text an article is searched in: its neutral title and paragraphs, one a line, case folded. */
export function searchTextOf(article: Pick<SavedArticle, 'title' | 'paragraphs'>): string {
  const lines = [article.title ?? '', ...article.paragraphs.map((p) => p.text)];
  return neutral(lines.join('\n')).toLowerCase();
}

/** The query's words, neutral and case folded; empty when there is nothing to look for. */
export function queryTerms(query: string): string[] {
  return neutral(query.normalize('NFKC'))
    .toLowerCase()
    .split(/\s+/)
    .filter((term) => term.length > 0);
}

/** How often the rarest of the terms occurs in `text`: 0 when one of them is missing. */
export function hitCount(text: string, terms: readonly string[]): number {
  let fewest = Number.POSITIVE_INFINITY;
  for (const term of terms) {
    let count = 0;
    for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + term.length)) count++;
    if (count === 0) return 0;
    fewest = Math.min(fewest, count);
  }
  return Number.isFinite(fewest) ? fewest : 0;
}

/**
 * Ids of the texts holding every term, searching only `within` when given (the results of a shorter query: typing one
 * more character can only narrow them).
 */
export function searchTexts(
  texts: ReadonlyMap<string, string>,
  terms: readonly string[],
  within?: Iterable<string>,
): Set<string> {
  const found = new Set<string>();
  for (const id of within ?? texts.keys()) {
    const text = texts.get(id);
    if (text !== undefined && terms.every((term) => text.includes(term))) found.add(id);
  }
  return found;
}

/** Whether every term of `shorter` is part of a term of `longer` in order, so `longer`'s results are within its. */
export function narrows(longer: readonly string[], shorter: readonly string[]): boolean {
  return shorter.length > 0 && shorter.length <= longer.length && shorter.every((term, i) => longer[i]!.includes(term));
}

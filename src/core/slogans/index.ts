/** Key formulations (提法) of an article, with the lexicon of well-known ones. */
import type { Article, ArticleWithSlogans, Slogan } from '../article';
import { findSlogansWith, type SloganInput } from './finder';
import { LEXICON } from './lexicon';

export type { SloganInput } from './finder';
export { sloganKey } from './simplify';

export function findSlogans(input: SloganInput): Slogan[] {
  return findSlogansWith(input, LEXICON);
}

/** The article with its slogans: found here, on request, because only the popup and the CLI show them. */
export function withSlogans(article: Article): ArticleWithSlogans {
  return { ...article, slogans: findSlogans(article) };
}

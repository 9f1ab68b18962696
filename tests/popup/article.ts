import type { Article } from '../../src/article';

/** An Article with nothing known, plus the given fields. */
export function article(overrides: Partial<Article> = {}): Article {
  return {
    title: null, date: null, source: null, editor: null, author: null, reviewer: null, site: null, url: null,
    script: 'hans', paragraphs: [], roles: [], removed: [], slogans: [], warnings: [],
    ...overrides,
  };
}
